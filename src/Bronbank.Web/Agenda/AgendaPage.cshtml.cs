using Bronbank.Web.Activities;
using Bronbank.Web.Areas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Agenda;

/// <summary>
/// The week agenda as a grid per buurthuis: weekdays across, day-parts down, the activities in each cell.
/// Filters by wijk, area, week and target group; a board sees its own buurthuizen only (as the API does).
/// </summary>
[Authorize(Policy = ActivityPolicies.Use)]
public sealed class AgendaPageModel(WeekAgenda agenda, AreaDirectory areas, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Wijk { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gebied { get; set; }
    [BindProperty(SupportsGet = true)] public string? Week { get; set; }
    [BindProperty(SupportsGet = true)] public string? Doelgroep { get; set; }

    public AgendaResponse Agenda { get; private set; } = null!;
    public IReadOnlyList<string> Wijken { get; private set; } = [];
    public IReadOnlyList<string> Gebieden { get; private set; } = [];
    public IReadOnlyList<string> Doelgroepen { get; private set; } = [];
    public string? Notice { get; private set; }
    public DateOnly Monday { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var catalog = areas.Current;
        Wijken = [.. catalog.All.Select(a => a.Wijk).Distinct().Order(StringComparer.CurrentCulture)];
        Gebieden = [.. catalog.All.Select(a => a.Name).Order(StringComparer.CurrentCulture)];
        var notices = new List<string>();
        if (!string.IsNullOrWhiteSpace(Wijk) && !Wijken.Contains(Wijk.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            notices.Add($"De wijk '{Wijk}' kennen we niet; alle wijken worden getoond.");
            Wijk = null;
        }
        if (!string.IsNullOrWhiteSpace(Gebied) && catalog.Find(Gebied) is null)
        {
            notices.Add($"De buurt '{Gebied}' kennen we niet; alle buurten worden getoond.");
            Gebied = null;
        }
        var monday = AgendaWeeks.Parse(Week);
        if (!string.IsNullOrWhiteSpace(Week) && monday is null) notices.Add($"'{Week}' is geen week zoals 2026-W10; deze week wordt getoond.");
        Monday = monday ?? AgendaWeeks.MondayOf(AgendaWeeks.TodayIn(clock));
        Week = AgendaWeeks.Name(Monday);
        Wijk = string.IsNullOrWhiteSpace(Wijk) ? null : Wijk.Trim();
        Gebied = string.IsNullOrWhiteSpace(Gebied) ? null : catalog.Find(Gebied)!.Name;
        Doelgroep = string.IsNullOrWhiteSpace(Doelgroep) ? null : Doelgroep.Trim().ToLowerInvariant();

        // The target groups to choose from: those of the activities in view, whatever group is chosen now.
        var (_, all) = await agenda.LoadAsync(new AgendaFilter(Gebied, Wijk, Monday, null), User, ct);
        Doelgroepen = [.. all.SelectMany(a => a.TargetGroups).Append(Doelgroep).OfType<string>().Distinct().Order(StringComparer.CurrentCulture)];
        Agenda = await agenda.ForAsync(new AgendaFilter(Gebied, Wijk, Monday, Doelgroep), User, ct);
        Notice = notices.Count == 0 ? null : string.Join(" ", notices);
    }

    /// <summary>This page for another week, with the same filters.</summary>
    public string WeekLink(int offset)
    {
        var query = new QueryBuilder();
        if (Wijk is not null) query.Add("wijk", Wijk);
        if (Gebied is not null) query.Add("gebied", Gebied);
        query.Add("week", AgendaWeeks.Name(Monday.AddDays(7 * offset)));
        if (Doelgroep is not null) query.Add("doelgroep", Doelgroep);
        return "/agenda" + query.ToQueryString().Value;
    }
}
