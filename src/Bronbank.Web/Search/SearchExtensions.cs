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
        return builder;
    }

    public static IEndpointRouteBuilder MapBronbankSearch(this IEndpointRouteBuilder routes) =>
        routes.MapCandidates().MapIndexStatus();
}

