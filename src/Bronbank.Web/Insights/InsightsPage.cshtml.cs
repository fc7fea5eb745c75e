using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Privacy;
using Bronbank.Web.Signals;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Insights;

/// <summary>Blind spots on a map and recurring questions over time, for team leads.</summary>
[Authorize(Policy = Policies.Insights)]
public sealed class InsightsPageModel(IQuerySession session, AreaDirectory areas, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Tot { get; set; }
    /// <summary>Recurring questions and signals in one area (buurt or wijk); the blind spots always compare every area.</summary>
    [BindProperty(SupportsGet = true)] public string? Gebied { get; set; }

    public IReadOnlyList<AreaInsight> Areas { get; private set; } = [];
    public ThemeInsightsResponse Themes { get; private set; } = null!;
    /// <summary>Signals per area and kind in the period: numbers only, which is all admins may see of signals.</summary>
    public IReadOnlyList<SignalCount> Signals { get; private set; } = [];
    public string? Area { get; private set; }
    public IReadOnlyList<string> AreaNames => [.. areas.Current.All.Select(a => a.Name).Order(StringComparer.Ordinal)];
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (InsightsApi.Period(clock, Van, Tot, out var from, out var to) is not null) InsightsApi.Period(clock, null, null, out from, out to);
        (From, To) = (from, to);
        var data = await InsightData.LoadAsync(session, from, to, ct);
        Areas = AreaInsights.Compute(data, areas.Current);
        Area = areas.Current.Find(Gebied)?.Name;
        var signals = await SignalCounting.CountAsync(session, ct, from, to);
        if (Area is { } area)
        {
            data = data with { Requests = [.. data.Requests.Where(r => r.Neighbourhood == area)], Visits = [.. data.Visits.Where(v => v.Area == area)] };
            signals = [.. signals.Where(c => c.Area == area)];
        }
        Themes = ThemeInsights.Compute(data);
        Signals = signals;
        audit.Record(User, "counted", "signal", null);
    }
}
