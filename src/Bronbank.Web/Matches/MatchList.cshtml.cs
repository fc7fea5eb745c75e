using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Matches;

/// <summary>Koppelingen by status, with confirm, decline (with a reason) and end (with an outcome).</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class MatchListModel(IQuerySession session, MatchService matches) : PageModel
{
    public static readonly (DeclineReason Value, string Label)[] Reasons =
        [(DeclineReason.VolunteerNotAvailable, "vrijwilliger kan niet"), (DeclineReason.ResidentDeclined, "bewoner wil niet"), (DeclineReason.NoClick, "geen klik"), (DeclineReason.Other, "anders")];

    public static readonly (MatchOutcome Value, string Label)[] Outcomes =
        [(MatchOutcome.Completed, "afgerond"), (MatchOutcome.StoppedEarly, "eerder gestopt"), (MatchOutcome.VolunteerStopped, "vrijwilliger gestopt"),
         (MatchOutcome.ResidentMovedOrPassedAway, "bewoner verhuisd of overleden"), (MatchOutcome.Other, "anders")];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public IReadOnlyList<(Match Match, string Volunteer, string Question)> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostBevestigenAsync(Guid id, CancellationToken ct) => RunAsync(() => matches.ConfirmAsync(id, null, User.ActorId(), ct), ct);

    public Task<IActionResult> OnPostAfwijzenAsync(Guid id, DeclineReason reason, CancellationToken ct) =>
        RunAsync(() => matches.DeclineAsync(id, reason, null, User.ActorId(), ct), ct);

    public Task<IActionResult> OnPostBeeindigenAsync(Guid id, MatchOutcome outcome, CancellationToken ct) =>
        RunAsync(() => matches.EndAsync(id, outcome, null, User.ActorId(), ct), ct);

    private async Task<IActionResult> RunAsync(Func<Task<Infrastructure.Outcome<Match>>> command, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Failure is { } failure)
        {
            Message = failure.Detail.Contains("capacity", StringComparison.OrdinalIgnoreCase)
                ? "Deze vrijwilliger heeft geen ruimte meer voor nog een koppeling."
                : "Dat kan niet in de huidige stand van deze koppeling.";
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/koppelingen?status={outcome.Value!.Status.ToWire()}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        IQueryable<Match> query = session.Query<Match>();
        if (WireNames.Parse<MatchStatus>(Status) is { } status) query = query.Where(m => m.Status == status);
        var list = await query.OrderByDescending(m => m.ProposedAt).Take(100).ToListAsync(ct);
        var volunteers = (await session.LoadManyAsync<Volunteer>(ct, list.Select(m => m.VolunteerId).Distinct())).ToDictionary(v => v.Id, v => v.Name);
        var requests = (await session.LoadManyAsync<HelpRequest>(ct, list.Select(m => m.RequestId).Distinct())).ToDictionary(r => r.Id, r => r.Question);
        Rows = [.. list.Select(m => (m, volunteers.GetValueOrDefault(m.VolunteerId, "(verwijderd)"), requests.GetValueOrDefault(m.RequestId, "")))];
    }
}
