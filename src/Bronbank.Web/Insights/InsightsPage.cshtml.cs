using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Insights;

/// <summary>Blind spots on a map and recurring questions over time, for team leads.</summary>
[Authorize(Policy = Policies.Insights)]
public sealed class InsightsPageModel(IQuerySession session, AreaDirectory areas, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Tot { get; set; }

    public IReadOnlyList<AreaInsight> Areas { get; private set; } = [];
    public ThemeInsightsResponse Themes { get; private set; } = null!;
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (InsightsApi.Period(clock, Van, Tot, out var from, out var to) is not null) InsightsApi.Period(clock, null, null, out from, out to);
        (From, To) = (from, to);
        var data = await InsightData.LoadAsync(session, from, to, ct);
        Areas = AreaInsights.Compute(data, areas.Current);
        Themes = ThemeInsights.Compute(data);
    }
}
