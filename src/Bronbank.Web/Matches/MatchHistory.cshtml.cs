using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Matches;

/// <summary>
/// One koppeling as a place to work: who and which request (linked), its history with names, and the
/// steps its state allows — confirm, decline with a reason, end with an outcome, add a note.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class MatchHistoryModel(IQuerySession session, MatchService matches) : PageModel
{
    public const int MaxTextLength = 2000;

    public Match Match { get; private set; } = null!;
    public Volunteer? Volunteer { get; private set; }
    public HelpRequest? HelpRequest { get; private set; }
    public IReadOnlyList<(DateTimeOffset At, string What, string Who, string? Text)> History { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostBevestigenAsync(Guid id, string? note, CancellationToken ct) =>
        RunAsync(id, note, text => matches.ConfirmAsync(id, text, User.ActorId(), ct), "De koppeling is bevestigd.", ct);

    public Task<IActionResult> OnPostAfwijzenAsync(Guid id, DeclineReason reason, string? note, CancellationToken ct) =>
        RunAsync(id, note, text => matches.DeclineAsync(id, reason, text, User.ActorId(), ct), $"Het voorstel is afgewezen ({Infrastructure.Pages.DutchWords.Of(reason)}).", ct);

    public Task<IActionResult> OnPostBeeindigenAsync(Guid id, MatchOutcome outcome, string? note, CancellationToken ct) =>
        RunAsync(id, note, text => matches.EndAsync(id, outcome, text, User.ActorId(), ct), $"De koppeling is beëindigd ({Infrastructure.Pages.DutchWords.Of(outcome)}).", ct);

    public Task<IActionResult> OnPostOpvolgenAsync(Guid id, DateOnly? on, CancellationToken ct) => on is { } day
        ? RunAsync(id, null, _ => matches.PlanFollowUpAsync(id, day, User.ActorId(), ct), $"Opvolgen staat op {DutchWords.Date(day)}.", ct)
        : RefuseAsync(id, "Kies een datum om op te volgen.", ct);

    public Task<IActionResult> OnPostNavragenAsync(Guid id, CheckInState state, string? note, DateOnly? next, CancellationToken ct) =>
        RunAsync(id, note, text => matches.CheckInAsync(id, state, text, next, User.ActorId(), ct),
            state == CheckInState.Stopped ? "Genoteerd: gestopt. Beëindig de koppeling met de uitkomst." : $"Genoteerd: {DutchWords.Of(state)}.", ct);

    private async Task<IActionResult> RefuseAsync(Guid id, string message, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Message = message;
        return Page();
    }

    public async Task<IActionResult> OnPostNotitieAsync(Guid id, string? note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            Message = "Schrijf eerst een notitie.";
            return Page();
        }
        return await RunAsync(id, note, text => matches.AddNoteAsync(id, text!, User.ActorId(), ct), "De notitie is toegevoegd.", ct);
    }

    private async Task<IActionResult> RunAsync(Guid id, string? note, Func<string?, Task<Outcome<Match>>> command, string done, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var outcome = text is { Length: > MaxTextLength } ? Failure.Invalid(new() { ["note"] = ["Too long."] }) : await command(text);
        if (outcome.Failure is { } failure)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            Message = failure.Kind == FailureKind.Invalid ? $"Een toelichting is hoogstens {MaxTextLength} tekens." : MatchMessages.Refused(failure);
            return Page();
        }
        this.Say(done);
        return Redirect($"/koppelingen/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var match = await session.LoadAsync<Match>(id, ct);
        if (match is null) return false;
        Match = match;
        Volunteer = await session.LoadAsync<Volunteer>(match.VolunteerId, ct);
        HelpRequest = await session.LoadAsync<HelpRequest>(match.RequestId, ct);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var entries = events.Select(e => MatchHistoryText.Of(e.Data)).OfType<MatchHistoryText.Entry>().ToList();
        var names = await ActorNames.ForAsync(session, entries.Select(e => e.Actor), ct);
        History = [.. entries.Select(e => (e.At, e.What, names(e.Actor), e.Text))];
        return true;
    }
}
