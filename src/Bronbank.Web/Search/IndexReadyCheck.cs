using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bronbank.Web.Search;

/// <summary>
/// Ready (<c>/health/ready</c>) also means this instance's index is open and its files sound. A damaged index (folder deleted,
/// files corrupted, another analyzer version) is found here and handed to the synchronizer for a rebuild.
/// </summary>
internal sealed class IndexReadyCheck(SearchIndex search, IndexSynchronizer synchronizer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (synchronizer.Repairing || search.Rebuilding) return HealthCheckResult.Unhealthy("Search index being rebuilt.");
        if (!search.IsReady)
        {
            // Not open although start-up is over (a repair that failed, say): try again.
            if (synchronizer.Started) synchronizer.RequestRepair("the index is not open");
            return HealthCheckResult.Unhealthy("Search index not open yet.");
        }
        if (await search.CheckFilesAsync(ct) is { } problem)
        {
            synchronizer.RequestRepair(problem);
            return HealthCheckResult.Unhealthy("Search index damaged; rebuilding.");
        }
        return HealthCheckResult.Healthy();
    }
}
