using System.Security.Claims;
using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Activities;

/// <summary>
/// The commands on activities and spreekuren. A board member may only touch activities of their own
/// buurthuizen, before and after the change. Every write answers once this instance's activity index has it.
/// </summary>
public sealed class ActivityService(IDocumentSession session, TimeProvider clock, IChangeFollower follower)
{
    public async Task<Outcome<(Activity Activity, Buurthuis Buurthuis)>> CreateAsync(ActivityDraft draft, ClaimsPrincipal user, CancellationToken ct)
    {
        var (errors, buurthuis) = await ValidateAsync(draft, ct);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (!ActivityAccess.MayUse(user, buurthuis)) return new Failure(FailureKind.Forbidden, ActivityAccess.Forbidden);
        var now = clock.GetUtcNow();
        var activity = new Activity { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now };
        activity.Apply(draft);
        session.Insert(activity);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct);
        return (activity, buurthuis!);
    }

    public async Task<Outcome<(Activity Activity, Buurthuis Buurthuis)>> UpdateAsync(Guid id, ActivityDraft draft, int? expectedVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var (errors, buurthuis) = await ValidateAsync(draft, ct);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var activity = await session.LoadAsync<Activity>(id, ct);
        if (activity is null) return Failure.NotFound("activity", id);
        var current = await session.LoadAsync<Buurthuis>(activity.BuurthuisId, ct);
        if (!ActivityAccess.MayUse(user, current) || !ActivityAccess.MayUse(user, buurthuis)) return new Failure(FailureKind.Forbidden, ActivityAccess.Forbidden);
        if (Edits.Stale(activity, expectedVersion, "activity") is { } stale) return stale;
        activity.Apply(draft);
        activity.UpdatedAt = clock.GetUtcNow();
        await session.CommitAsync(activity, follower, ct);
        return (activity, buurthuis!);
    }

    public async Task<Failure?> DeleteAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var activity = await session.LoadAsync<Activity>(id, ct);
        if (activity is null) return Failure.NotFound("activity", id);
        if (!ActivityAccess.MayUse(user, await session.LoadAsync<Buurthuis>(activity.BuurthuisId, ct))) return new Failure(FailureKind.Forbidden, ActivityAccess.Forbidden);
        session.Delete(activity);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct);
        return null;
    }

    /// <summary>The draft's own rules, and that its buurthuis is registered.</summary>
    private async Task<(Dictionary<string, string[]> Errors, Buurthuis? Buurthuis)> ValidateAsync(ActivityDraft draft, CancellationToken ct)
    {
        var errors = draft.Validate();
        Buurthuis? buurthuis = null;
        if (draft.BuurthuisId is { } id && id != Guid.Empty)
        {
            buurthuis = await session.LoadAsync<Buurthuis>(id, ct);
            if (buurthuis is null) errors["buurthuisId"] = [$"No buurthuis with id {id}; use one of GET /api/v1/buurthuizen."];
        }
        return (errors, buurthuis);
    }
}
