using Bronbank.Domain.Requests;
using Bronbank.Matching.Themes;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Requests;

/// <summary>The application commands on help requests (hulpvragen), shared by the API and the staff pages.</summary>
public sealed class RequestService(IDocumentSession session, AreaDirectory areas, TimeProvider clock, IChangeFollower follower, ErasureLedger ledger)
{
    /// <param name="recordedAt">When the request was first recorded, for imports and demo data; now by default.</param>
    /// <param name="link">Runs before saving, so that what another feature stores with the new request commits with it (a signal it came from).</param>
    /// <param name="actor">Who records it: the owner when the draft names none and they coordinate.</param>
    public async Task<Outcome<HelpRequest>> CreateAsync(HelpRequestDraft draft, CancellationToken ct, DateTimeOffset? recordedAt = null, Action<HelpRequest>? link = null, string? actor = null)
    {
        var checkedDraft = await Edits.CheckAsync(draft, areas.Current, CheckOwnerAsync, ct);
        if (checkedDraft.Failure is { } invalid) return invalid;
        draft = checkedDraft.Value!;
        if (draft.Owner is null && actor is not null && await IsCoordinatorAsync(actor, ct)) draft = draft with { Owner = actor };

        var now = recordedAt ?? clock.GetUtcNow();
        var request = new HelpRequest { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now };
        request.Apply(draft);
        request.Theme = ThemeClassifier.Classify(request.Question);
        link?.Invoke(request);
        session.Insert(request);
        await session.SaveChangesAsync(ct);
        return request;
    }

    public async Task<Outcome<HelpRequest>> UpdateAsync(Guid id, HelpRequestDraft draft, int? expectedVersion, CancellationToken ct)
    {
        var edit = await session.BeginAsync<HelpRequest, HelpRequestDraft>(id, draft, expectedVersion, areas.Current, CheckOwnerAsync, "help request", "request", ct);
        if (edit.Failure is { } failure) return failure;
        var (request, valid) = edit.Value;

        request.Apply(valid);
        if (!request.ThemeCorrected) request.Theme = ThemeClassifier.Classify(request.Question);
        request.UpdatedAt = clock.GetUtcNow();
        await session.CommitAsync(request, follower, ct); // candidates answered from this instance see the new state
        return request;
    }

    /// <summary>A coordinator corrects the theme the classifier chose; the correction is what the insights count.</summary>
    public async Task<Outcome<HelpRequest>> CorrectThemeAsync(Guid id, string? theme, CancellationToken ct)
    {
        var known = ThemeClassifier.All.FirstOrDefault(t => string.Equals(t, theme?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null) return Failure.Invalid(new() { ["theme"] = [$"Must be one of: {string.Join(", ", ThemeClassifier.All)}."] });
        var request = await session.LoadAsync<HelpRequest>(id, ct);
        if (request is null) return Failure.NotFound("help request", id);
        request.Theme = known;
        request.ThemeCorrected = true;
        request.UpdatedAt = clock.GetUtcNow();
        await session.CommitAsync(request, follower: null, ct);
        return request;
    }

    /// <summary>Closes by hand with how it ended (helped, no longer needed, referred, ...); closing a closed request again only changes the outcome.</summary>
    public async Task<Outcome<HelpRequest>> CloseAsync(Guid id, RequestClosure closure, string? note, CancellationToken ct)
    {
        var request = await session.LoadAsync<HelpRequest>(id, ct);
        if (request is null) return Failure.NotFound("help request", id);
        request.Close(closure, note, request.ClosedAt ?? clock.GetUtcNow());
        request.UpdatedAt = clock.GetUtcNow();
        await session.CommitAsync(request, follower, ct); // candidates answered from this instance see the new state
        return request;
    }

    /// <summary>Opens a closed request again; with a proposed or active match it is proposed or matched again.</summary>
    public async Task<Outcome<HelpRequest>> ReopenAsync(Guid id, CancellationToken ct)
    {
        var request = await session.LoadAsync<HelpRequest>(id, ct);
        if (request is null) return Failure.NotFound("help request", id);
        if (request.Status != RequestStatus.Closed) return new Failure(FailureKind.Conflict, "The help request is not closed.");
        var matches = await session.Query<Bronbank.Domain.Matches.Match>().Where(m => m.RequestId == id).ToListAsync(ct);
        request.Reopen(Bronbank.Domain.Matches.RequestStatusRule.Derive(RequestStatus.Open, [.. matches.Where(m => m.IsOpen)]));
        request.UpdatedAt = clock.GetUtcNow();
        await session.CommitAsync(request, follower, ct);
        return request;
    }

    /// <summary>The owner a valid draft names is an active coordinator.</summary>
    private async Task<HelpRequestDraft> CheckOwnerAsync(HelpRequestDraft draft, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (errors.Count > 0 || string.IsNullOrWhiteSpace(draft.Owner) || await IsCoordinatorAsync(draft.Owner, ct)) return draft;
        errors["owner"] = ["No coordinator with this id."];
        return draft;
    }

    private async Task<bool> IsCoordinatorAsync(string actor, CancellationToken ct) =>
        Guid.TryParse(actor, out var userId) && await session.LoadAsync<Accounts.User>(userId, ct) is { Disabled: false } user && user.Roles.Contains(Infrastructure.Roles.Coordinator);

    public async Task<Failure?> DeleteAsync(Guid id, CancellationToken ct)
    {
        if (!await StageDeleteAsync(id, ct)) return Failure.NotFound("help request", id);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct); // candidates answered from this instance see the new state
        return null;
    }

    /// <summary>Stages the deletion on the session; the caller commits. False when there is no such request.</summary>
    public async Task<bool> StageDeleteAsync(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<HelpRequest>(id, ct) is null) return false;
        var matchIds = await session.Query<Bronbank.Domain.Matches.Match>().Where(m => m.RequestId == id).Select(m => m.Id).ToListAsync(ct);
        session.Delete<HelpRequest>(id);
        // What people wrote about the resident in the matches for this request goes with the request, in the same transaction.
        await Matches.MatchMasking.StageAsync(session, matchIds, ct);
        ledger.Stage(session, ErasureLedger.Request, id);
        return true;
    }
}
