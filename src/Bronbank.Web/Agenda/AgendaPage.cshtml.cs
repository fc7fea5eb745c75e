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
public sealed class AgendaPageModel(WeekAgenda agenda, AreaDirectory areas, TimeProvider clock, AgendaFeedLinks links, Marten.IQuerySession session) : PageModel
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

    /// <summary>The subscription link each shown buurthuis has now (its date and maker), for those this user manages.</summary>
    public IReadOnlyDictionary<Guid, AgendaFeedLink> Links { get; private set; } = new Dictionary<Guid, AgendaFeedLink>();
    public Func<string, string> NameOf { get; private set; } = id => id;
    /// <summary>The link just made: shown this once, since only its hash is kept.</summary>
    public (Guid BuurthuisId, string Url)? NewLink { get; private set; }

    /// <summary>Staff, coordinators and admins for every buurthuis; a board for its own only.</summary>
    public bool ManagesLinkOf(Guid buurthuisId) => Managed.Contains(buurthuisId);
    private HashSet<Guid> Managed { get; set; } = [];

    /// <summary>"Nieuwe link maken": a new subscription link for this buurthuis; the old one stops working.</summary>
    public async Task<IActionResult> OnPostNieuweLinkAsync(Guid buurthuisId, CancellationToken ct)
    {
        var buurthuis = await session.LoadAsync<Bronbank.Domain.Buurthuizen.Buurthuis>(buurthuisId, ct);
        if (buurthuis is null) return NotFound();
        if (!ActivityAccess.MayUse(User, buurthuis)) return Forbid();
        var token = await links.RenewAsync(buurthuisId, User, ct);
        NewLink = (buurthuisId, $"{Request.Scheme}://{Request.Host}{AgendaFeedLinks.PathOf(token)}");
        await OnGetAsync(ct);
        return Page();
    }

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

        // WeekAgenda shows a board its own buurthuizen only; the check is repeated for the links all the same.
        var places = Agenda.Buurthuizen.Count == 0 ? []
            : await session.LoadManyAsync<Bronbank.Domain.Buurthuizen.Buurthuis>(ct, Agenda.Buurthuizen.Select(x => x.Id).ToArray());
        Managed = [.. places.Where(b => ActivityAccess.MayUse(User, b)).Select(b => b.Id)];
        Links = await links.ForAsync(Managed, ct);
        NameOf = await Accounts.ActorNames.ForAsync(session, Links.Values.Select(l => l.CreatedBy), ct);
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
