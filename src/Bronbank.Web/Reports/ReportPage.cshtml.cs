using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Insights;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Reports;

/// <summary>The wijk report as a printable page, with the same figures (and the same "&lt; 5") as the .xlsx.</summary>
[Authorize(Policy = Policies.Insights)]
public sealed class ReportPageModel(IQuerySession session, AreaDirectory areas, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Wijk { get; set; }
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Van { get; set; }
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Tot { get; set; }

    public IReadOnlyList<string> Wijken => [.. areas.Current.All.Select(a => a.Wijk).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    public WijkReportResponse? Report { get; private set; }
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (InsightsApi.Period(clock, Van, Tot, out var from, out var to) is not null) InsightsApi.Period(clock, null, null, out from, out to);
        (From, To) = (from, to);
        if (Wijken.FirstOrDefault(w => string.Equals(w, Wijk, StringComparison.OrdinalIgnoreCase)) is { } wijk)
            Report = await WijkReport.BuildAsync(session, areas.Current, wijk, from, to, ct);
    }
}
