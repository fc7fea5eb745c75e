using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Requests;
using Bronbank.Matching.Themes;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Visits;

/// <summary>Logging and undoing walk-in visits, shared by the API and the Spreekuur page.</summary>
public sealed class VisitService(IDocumentSession session, AreaDirectory areas, TimeProvider clock)
{
    public async Task<Outcome<Visit>> CreateAsync(VisitDraft draft, string actor, CancellationToken ct)
    {
        var referrals = await ReferralList.LoadAsync(session, ct);
        var today = Today.In(clock);
        var errors = draft.Validate(areas.Current, referrals, today);
        if (errors.Count == 0 && draft.RequestId is { } requestId && await session.LoadAsync<HelpRequest>(requestId, ct) is null)
            errors["requestId"] = [$"No help request with id {requestId}."];
        var area = areas.Current.Find(draft.Area)?.Name;
        if (errors.Count == 0 && draft.ActivityId is { } activityId)
        {
            var activity = await session.LoadAsync<Activity>(activityId, ct);
            var place = activity is null ? null : await session.LoadAsync<Buurthuis>(activity.BuurthuisId, ct);
            if (activity is null || place is null) errors["activityId"] = [$"No activity with id {activityId}."];
            else if (activity.Kind != ActivityKind.Spreekuur) errors["activityId"] = [$"'{activity.Title}' is an activity, not a spreekuur."];
            else area = areas.Current.Find(place.Area)?.Name ?? place.Area;
        }
        if (errors.Count > 0) return Failure.Invalid(errors);

        var visit = new Visit
        {
            Id = Guid.CreateVersion7(),
            Date = draft.Date ?? today,
            Area = area!,
            ActivityId = draft.ActivityId,
            Themes = [.. VisitDraft.Canonical(draft.Themes!, ThemeClassifier.All)],
            Question = string.IsNullOrWhiteSpace(draft.Question) ? null : draft.Question.Trim(),
            ReferredTo = [.. VisitDraft.Canonical(draft.ReferredTo ?? [], referrals)],
            Outcome = draft.Outcome!.Trim(),
            RequestId = draft.RequestId,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = actor,
        };
        session.Insert(visit);
        await session.SaveChangesAsync(ct);
        return visit;
    }

    /// <summary>Undo: a visit logged by mistake is removed, by the person who logged it.</summary>
    public async Task<Failure?> DeleteAsync(Guid id, string actor, CancellationToken ct)
    {
        var visit = await session.LoadAsync<Visit>(id, ct);
        if (visit is null) return Failure.NotFound("visit", id);
        if (visit.RecordedBy != actor) return new Failure(FailureKind.Conflict, "Only the person who logged a visit can undo it.");
        session.Delete<Visit>(id);
        await session.SaveChangesAsync(ct);
        return null;
    }

    public async Task<Outcome<IReadOnlyList<string>>> ReplaceReferralsAsync(IReadOnlyList<string?>? organisations, CancellationToken ct)
    {
        var errors = ReferralList.Validate(organisations);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var list = new ReferralList { Organisations = [.. organisations!.Select(o => o!.Trim())], UpdatedAt = clock.GetUtcNow() };
        session.Store(list);
        await session.SaveChangesAsync(ct);
        return list.Organisations;
    }
}
