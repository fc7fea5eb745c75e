using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Reports;

/// <summary>The yearly blind-spot check as a printable page: the map, then per wijk and per area the same figures (and "&lt; 5") as the .xlsx.</summary>
[Authorize(Policy = Policies.Insights)]
public sealed class BlindSpotPageModel(IQuerySession session, AreaDirectory areas, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Jaar { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];
    public BlindSpotReportResponse Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var thisYear = clock.GetUtcNow().Year;
        Years = [.. Enumerable.Range(thisYear - 9, 10).Reverse()];
        var year = Jaar is { } y && y >= BlindSpotReport.FirstYear && y <= thisYear ? y : thisYear;
        Report = await BlindSpotReport.BuildAsync(session, areas.Current, year, ct);
    }
}
