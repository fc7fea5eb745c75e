using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Activities;
using Bronbank.Web.Areas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Agenda;

/// <summary>
/// The bouwblokken of each wijk: the clustering suggestions with their reasons, the activities and spreekuren
/// to edit, and (for staff, coordinators and admins) the buurthuizen. A board sees its own buurthuizen' only.
/// </summary>
[Authorize(Policy = ActivityPolicies.Use)]
public sealed class BouwblokkenPageModel(WeekAgenda agenda, AreaDirectory areas, TimeProvider clock) : PageModel
{
    public sealed record WijkBlocks(string Wijk, IReadOnlyList<BouwblokSuggestion> Suggestions, IReadOnlyList<Activity> Activities);

    [BindProperty(SupportsGet = true)] public string? Wijk { get; set; }

    public IReadOnlyList<string> Wijken { get; private set; } = [];
    public IReadOnlyList<WijkBlocks> PerWijk { get; private set; } = [];
    public IReadOnlyList<Buurthuis> Places { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Buurthuis> ById { get; private set; } = new Dictionary<Guid, Buurthuis>();
    public bool ManagesPlaces => ActivityAccess.SeesEverything(User);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var catalog = areas.Current;
        Wijken = [.. catalog.All.Select(a => a.Wijk).Distinct().Order(StringComparer.CurrentCulture)];
        Wijk = Wijken.FirstOrDefault(w => string.Equals(w, Wijk?.Trim(), StringComparison.OrdinalIgnoreCase));
        var (places, activities) = await agenda.LoadAsync(new AgendaFilter(null, Wijk, AgendaWeeks.TodayIn(clock), null), User, ct);
        Places = places;
        ById = places.ToDictionary(b => b.Id);
        // Per wijk, as GET /api/v1/bouwblokken/suggestions?wijk= answers them.
        PerWijk = [.. places.GroupBy(b => catalog.Find(b.Area)?.Wijk ?? b.Area).OrderBy(g => g.Key, StringComparer.CurrentCulture).Select(g =>
        {
            var ids = g.Select(b => b.Id).ToHashSet();
            var here = activities.Where(a => ids.Contains(a.BuurthuisId)).ToList();
            var ordered = here.OrderBy(a => ById[a.BuurthuisId].Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(a => (int)(a.Schedule.DayOfWeek + 6) % 7).ThenBy(a => a.Schedule.Start).ToList();
            return new WijkBlocks(g.Key, BouwblokSuggestions.For([.. g], here, catalog), ordered);
        })];
    }

    public static string KindLabel(string kind) => kind switch
    {
        "same-day-part" => "zelfde doelgroep, ander dagdeel",
        "competing" => "concurrentie dichtbij",
        "empty-day-part" => "open, maar niets gepland",
        _ => "suggestie",
    };
}
