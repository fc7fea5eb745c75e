namespace Bronbank.Web.Storage;

/// <summary>
/// Ties the embedded cluster to the host's lifetime: registered before every other hosted service, it
/// starts first and stops last, after everything that uses the database has stopped.
/// </summary>
internal sealed class EmbeddedDatabaseLifetime(DatabaseEndpoint database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => database.DisposeAsync().AsTask();
}
