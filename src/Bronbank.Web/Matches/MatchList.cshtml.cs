using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Matches;

/// <summary>Koppelingen by status, paged, with confirm and decline (with a reason) for proposals; ending happens on the koppeling's own page.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class MatchListModel(IQuerySession session, MatchService matches) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public ListQuery List { get; private set; } = null!;
    public IReadOnlyList<(Match Match, string Volunteer, string Question)> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostBevestigenAsync(Guid id, CancellationToken ct)
    {
        var outcome = await matches.ConfirmAsync(id, null, User.ActorId(), ct);
        return await AfterAsync(outcome, "De koppeling is bevestigd.", ct);
    }

    public async Task<IActionResult> OnPostAfwijzenAsync(Guid id, DeclineReason reason, CancellationToken ct)
    {
        var outcome = await matches.DeclineAsync(id, reason, null, User.ActorId(), ct);
        return await AfterAsync(outcome, $"Het voorstel is afgewezen ({DutchWords.Of(reason)}).", ct);
    }

    private async Task<IActionResult> AfterAsync(Infrastructure.Outcome<Match> outcome, string done, CancellationToken ct)
    {
        if (outcome.Failure is { } failure)
        {
            Message = MatchMessages.Refused(failure);
            await LoadAsync(ct);
            return Page();
        }
        this.Say(done);
        return Redirect($"/koppelingen?status={outcome.Value!.Status.ToWire()}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        List = new ListQuery(Request, "datum", defaultDescending: true);
        IQueryable<Match> query = session.Query<Match>();
        if (WireNames.Parse<MatchStatus>(Status) is { } status) query = query.Where(m => m.Status == status);
        List.Total = await query.CountAsync(ct);
        query = (List.Sort, List.Descending) switch
        {
            ("status", false) => query.OrderBy(m => m.Status).ThenByDescending(m => m.ProposedAt),
            ("status", true) => query.OrderByDescending(m => m.Status).ThenByDescending(m => m.ProposedAt),
            (_, false) => query.OrderBy(m => m.ProposedAt),
            _ => query.OrderByDescending(m => m.ProposedAt),
        };
        var list = await query.Skip(List.Skip).Take(List.PageSize).ToListAsync(ct);
        var volunteers = (await session.LoadManyAsync<Volunteer>(ct, list.Select(m => m.VolunteerId).Distinct())).ToDictionary(v => v.Id, v => v.Name);
        var requests = (await session.LoadManyAsync<HelpRequest>(ct, list.Select(m => m.RequestId).Distinct())).ToDictionary(r => r.Id, r => r.Question);
        Rows = [.. list.Select(m => (m, volunteers.GetValueOrDefault(m.VolunteerId, "(verwijderd)"), requests.GetValueOrDefault(m.RequestId, "")))];
    }
}
