using Marten;

namespace Bronbank.Web.Storage;

/// <summary>
/// Creates or migrates the schema at start. Marten takes an advisory lock for this, so several instances
/// starting together do not trip over each other. A database that is not up yet is retried with backoff;
/// start waits a short while for it and then carries on in the background, answering 503 meanwhile.
/// </summary>
internal sealed class SchemaInitializer(IDocumentStore store, DatabaseState state, IEnumerable<ISchemaReadyListener> listeners, ILogger<SchemaInitializer> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DatabaseResilience.StartupPipeline(maxAttempts: 8).ExecuteAsync(ApplyAsync, cancellationToken);
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
        {
            logger.LogWarning("Database not reachable at start ({Error}); retrying in the background", e.GetType().Name);
            await base.StartAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await DatabaseResilience.StartupPipeline(maxAttempts: int.MaxValue).ExecuteAsync(ApplyAsync, stoppingToken);
    }

    private async ValueTask ApplyAsync(CancellationToken ct)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var session = store.QuerySession())
        {
            foreach (var listener in listeners) await listener.OnSchemaReadyAsync(session, ct);
        }
        state.MarkSchemaReady();
        logger.LogInformation("Database schema is in place");
    }
}
