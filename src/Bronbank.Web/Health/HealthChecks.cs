using Bronbank.Web.Storage;
using Npgsql;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bronbank.Web.Health;

/// <summary>Ready means the database answers and the schema is in place; live means the process runs.</summary>
internal sealed class DatabaseReadyCheck(DatabaseEndpoint database, DatabaseState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!state.SchemaReady) return HealthCheckResult.Unhealthy("Database schema not in place yet.");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            // Its own unpooled connection: the answer must not depend on a pool or breaker that still remembers an outage.
            var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            state.MarkReachable();
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e) || e is OperationCanceledException)
        {
            state.MarkUnreachable();
            return HealthCheckResult.Unhealthy("Database unreachable.");
        }
    }
}

/// <summary>Features add their own ready checks with the "ready" tag (Search: the index is open and sound).</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddBronbankHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapBronbankHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new() { Predicate = _ => false }).WithTags("Health").AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).WithTags("Health").AllowAnonymous();
        return routes;
    }
}
