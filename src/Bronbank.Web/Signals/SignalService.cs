using Bronbank.Domain.Requests;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Requests;
using Bronbank.Web.Visits;
using Marten;

namespace Bronbank.Web.Signals;

/// <summary>The commands on signals, shared by the API and the pages.</summary>
public sealed class SignalService(IDocumentSession session, AreaDirectory areas, RequestService requests, TimeProvider clock)
{
    public async Task<Outcome<Signal>> CreateAsync(SignalDraft draft, string actor, CancellationToken ct)
    {
        var errors = draft.Validate(areas.Current, Today.In(clock));
        if (errors.Count == 0 && !await IsOwnerAsync(draft.Owner!.Value, ct))
            errors["owner"] = ["Must be the id of an active staff member or coordinator (GET /api/v1/users)."];
        if (errors.Count > 0) return Failure.Invalid(errors);

        var signal = new Signal
        {
            Id = Guid.CreateVersion7(),
            Kind = draft.Kind!.Trim(),
            Area = areas.Current.Find(draft.Area)!.Name,
            ResidentRef = string.IsNullOrWhiteSpace(draft.ResidentRef) ? null : draft.ResidentRef.Trim(),
            Note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim(),
            Owner = draft.Owner!.Value,
            FollowUpOn = draft.FollowUpOn!.Value,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        session.Insert(signal);
        await session.SaveChangesAsync(ct);
        return signal;
    }

    public async Task<Outcome<Signal>> AddNoteAsync(Guid id, SignalNoteBody body, string actor, CancellationToken ct)
    {
        var errors = body.Validate();
        if (errors.Count > 0) return Failure.Invalid(errors);
        var signal = await session.LoadAsync<Signal>(id, ct);
        if (signal is null) return Failure.NotFound("signal", id);
        if (!signal.IsOpen) return new Failure(FailureKind.Conflict, "The signal is closed; notes are added to open signals only.");
        signal.Notes.Add(new SignalNote(clock.GetUtcNow(), actor, body.Text!.Trim()));
        session.Store(signal);
        await session.SaveChangesAsync(ct);
        return signal;
    }

    public async Task<Outcome<Signal>> CloseAsync(Guid id, SignalCloseBody body, CancellationToken ct)
    {
        var errors = body.Validate();
        if (errors.Count > 0) return Failure.Invalid(errors);
        var signal = await session.LoadAsync<Signal>(id, ct);
        if (signal is null) return Failure.NotFound("signal", id);
        if (!signal.IsOpen) return new Failure(FailureKind.Conflict, "The signal is already closed.");
        signal.Outcome = body.Outcome!.Trim();
        signal.ClosedAt = clock.GetUtcNow();
        session.Store(signal);
        await session.SaveChangesAsync(ct);
        return signal;
    }

    /// <summary>One step: a help request in the signal's area with its reference, linked both ways, and the signal closed as "hulpvraag gemaakt".</summary>
    public async Task<Outcome<(Signal Signal, HelpRequest Request)>> MakeRequestAsync(Guid id, SignalRequestBody body, CancellationToken ct)
    {
        var signal = await session.LoadAsync<Signal>(id, ct);
        if (signal is null) return Failure.NotFound("signal", id);
        if (!signal.IsOpen) return new Failure(FailureKind.Conflict, "The signal is closed; make the help request from an open signal.");
        var draft = new HelpRequestDraft
        {
            Question = body.Question, Neighbourhood = signal.Area, Availability = body.Availability ?? [], Languages = body.Languages, ResidentRef = signal.ResidentRef,
        };
        var created = await requests.CreateAsync(draft, ct, link: request =>
        {
            request.SignalId = signal.Id;
            signal.RequestId = request.Id;
            signal.Outcome = SignalOutcomes.RequestMade;
            signal.ClosedAt = clock.GetUtcNow();
            session.Store(signal); // saved with the request, in one transaction
        });
        if (created.Failure is { } failure) return failure;
        return (signal, created.Value!);
    }

    public async Task<bool> IsOwnerAsync(Guid userId, CancellationToken ct) =>
        await session.LoadAsync<User>(userId, ct) is { Disabled: false } user && (user.Roles.Contains(Roles.Staff) || user.Roles.Contains(Roles.Coordinator));
}
