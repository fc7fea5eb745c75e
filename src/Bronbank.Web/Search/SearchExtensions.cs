using Bronbank.Web.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bronbank.Web.Search;

public static class SearchExtensions
{
    public static IHostApplicationBuilder AddBronbankSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<RecentRequests>();
        builder.Services.AddSingleton<BaselineSearch>();
        builder.Services.AddSingleton<IndexSynchronizer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IndexSynchronizer>());
        builder.Services.AddSingleton<IWriteListener, IndexWriteListener>();
        builder.Services.AddHealthChecks().AddCheck<IndexReadyCheck>("index", tags: ["ready"]);
        return builder;
    }

    public static IEndpointRouteBuilder MapBronbankSearch(this IEndpointRouteBuilder routes) =>
        routes.MapCandidates().MapIndexStatus();
}

internal sealed class IndexReadyCheck(SearchIndex search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(search.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Search index not ready."));
}
