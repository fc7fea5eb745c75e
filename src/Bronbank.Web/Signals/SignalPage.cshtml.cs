using Bronbank.Web.Infrastructure;
using Bronbank.Web.Privacy;
using Bronbank.Web.Visits;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Signals;

/// <summary>One signal: its notes, a note to add, closing it with an outcome, or turning it into a help request.</summary>
[Authorize(Policy = SignalPolicies.Read)]
public sealed class SignalPageModel(SignalService signals, IQuerySession session, AuditTrail audit, TimeProvider clock) : PageModel
{
    public Signal Signal { get; private set; } = null!;
    public string OwnerName { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Question { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNotitieAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, "noted", await signals.AddNoteAsync(id, new SignalNoteBody(Text), User.ActorId(), ct), ct);

    public async Task<IActionResult> OnPostAfsluitenAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, "closed", await signals.CloseAsync(id, new SignalCloseBody(Outcome), ct), ct);

    public async Task<IActionResult> OnPostHulpvraagAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Coordinator)) return Forbid();
        var outcome = await signals.MakeRequestAsync(id, new SignalRequestBody(Question, [], null), ct);
        if (outcome.Failure is { } failure) return await FailedAsync(id, failure, ct);
        audit.Record(User.ActorId(), "made-request", "signal", id);
        return Redirect($"/hulpvragen/{outcome.Value.Request.Id}");
    }

    private async Task<IActionResult> AfterAsync(Guid id, string action, Outcome<Signal> outcome, CancellationToken ct)
    {
        if (outcome.Failure is { } failure) return await FailedAsync(id, failure, ct);
        audit.Record(User.ActorId(), action, "signal", id);
        return Redirect($"/signalen/{id}");
    }

    private async Task<IActionResult> FailedAsync(Guid id, Failure failure, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = failure.Errors is { } errors
            ? errors.Keys.ToDictionary(k => k, k => SignalsPageModel.Dutch.GetValueOrDefault(k, "Controleer dit veld."), StringComparer.OrdinalIgnoreCase)
            : new() { ["signal"] = "Dit signaal is al afgesloten." };
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var signal = await session.LoadAsync<Signal>(id, ct);
        if (signal is null) return false;
        Signal = signal;
        OwnerName = (await SignalApi.OwnerNamesAsync(session, [signal], ct)).GetValueOrDefault(signal.Owner, "onbekend");
        Day = Today.In(clock);
        audit.Record(User.ActorId(), "viewed", "signal", id);
        return true;
    }
}
