using Bronbank.Domain.Volunteers;
using Bronbank.Web.Areas;
using Bronbank.Web.Buurthuizen;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Volunteers;

/// <summary>
/// The application commands on volunteer profiles, shared by the API and the staff pages. Every write
/// is recorded in the change feed with its transaction; the answer waits until this instance's feed
/// follower has put it in the index.
/// </summary>
public sealed class VolunteerService(IDocumentSession session, AreaDirectory areas, TimeProvider clock, IChangeFollower follower)
{
    public async Task<Outcome<Volunteer>> CreateAsync(VolunteerDraft draft, string actor, CancellationToken ct)
    {
        var checkedDraft = await Edits.CheckAsync(draft, areas.Current, WithRegisteredBuurthuisAsync, ct);
        if (checkedDraft.Failure is { } invalid) return invalid;
        draft = checkedDraft.Value!.WithPauseFrom(Today);
        if (draft.ExternalKey is not null && await ExternalKeyTakenAsync(draft.ExternalKey, null, ct))
            return new Failure(FailureKind.Conflict, $"A volunteer with externalKey '{draft.ExternalKey}' already exists.");

        var now = clock.GetUtcNow();
        var volunteer = new Volunteer { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now };
        volunteer.Apply(draft);
        volunteer.RecordConsent(draft.Consent, now, actor);
        session.Insert(volunteer);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct);
        return volunteer;
    }

    public async Task<Outcome<Volunteer>> UpdateAsync(Guid id, VolunteerDraft draft, int? expectedVersion, string actor, CancellationToken ct)
    {
        var edit = await session.BeginAsync<Volunteer, VolunteerDraft>(id, draft, expectedVersion, areas.Current, WithRegisteredBuurthuisAsync, "volunteer", "profile", ct);
        if (edit.Failure is { } failure) return failure;
        var (volunteer, valid) = edit.Value;
        draft = valid.WithPauseFrom(Today);
        if (draft.ExternalKey is not null && await ExternalKeyTakenAsync(draft.ExternalKey, id, ct))
            return new Failure(FailureKind.Conflict, $"Another volunteer already has externalKey '{draft.ExternalKey}'.");

        volunteer.Apply(draft);
        volunteer.UpdatedAt = clock.GetUtcNow();
        volunteer.RecordConsent(draft.Consent, volunteer.UpdatedAt, actor);
        await session.CommitAsync(volunteer, follower, ct);
        return volunteer;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A volunteer's buurthuis names a registered one (in its registered spelling), or none.</summary>
    private async Task<VolunteerDraft> WithRegisteredBuurthuisAsync(VolunteerDraft draft, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (errors.ContainsKey("buurthuis")) return draft;
        var (canonical, error) = await BuurthuisNames.ResolveAsync(session, draft.Buurthuis, ct);
        if (error is not null) errors["buurthuis"] = [error];
        return draft with { Buurthuis = canonical };
    }

    private Task<bool> ExternalKeyTakenAsync(string key, Guid? except, CancellationToken ct) =>
        session.Query<Volunteer>().AnyAsync(v => v.ExternalKey == key && v.Id != except, ct);
}
