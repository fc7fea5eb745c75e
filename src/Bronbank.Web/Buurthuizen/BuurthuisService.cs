using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Buurthuizen;

/// <summary>
/// The commands on buurthuizen. Volunteers and board members name their buurthuis, so a rename carries
/// the new name to them in the same transaction, and a buurthuis still named or used cannot be deleted.
/// </summary>
public sealed class BuurthuisService(IDocumentSession session, AreaDirectory areas, TimeProvider clock, IChangeFollower follower)
{
    public async Task<Outcome<Buurthuis>> CreateAsync(BuurthuisDraft draft, CancellationToken ct)
    {
        var errors = draft.Validate(areas.Current);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (await FindAsync(session, draft.Name, ct) is not null)
            return new Failure(FailureKind.Conflict, $"A buurthuis named '{draft.Name!.Trim()}' already exists.");
        var now = clock.GetUtcNow();
        var buurthuis = new Buurthuis { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now };
        draft.ApplyTo(buurthuis, areas.Current);
        session.Insert(buurthuis);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct);
        return buurthuis;
    }

    public async Task<Outcome<Buurthuis>> UpdateAsync(Guid id, BuurthuisDraft draft, CancellationToken ct)
    {
        var errors = draft.Validate(areas.Current);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var buurthuis = await session.LoadAsync<Buurthuis>(id, ct);
        if (buurthuis is null) return Failure.NotFound("buurthuis", id);
        if (await FindAsync(session, draft.Name, ct) is { } other && other.Id != id)
            return new Failure(FailureKind.Conflict, $"Another buurthuis is named '{draft.Name!.Trim()}'.");

        var oldName = buurthuis.Name;
        draft.ApplyTo(buurthuis, areas.Current);
        buurthuis.UpdatedAt = clock.GetUtcNow();
        if (!string.Equals(oldName, buurthuis.Name, StringComparison.Ordinal)) await RenameReferencesAsync(oldName, buurthuis.Name, ct);
        await session.CommitAsync(buurthuis, follower, ct);
        return buurthuis;
    }

    public async Task<Failure?> DeleteAsync(Guid id, CancellationToken ct)
    {
        var buurthuis = await session.LoadAsync<Buurthuis>(id, ct);
        if (buurthuis is null) return Failure.NotFound("buurthuis", id);
        var name = buurthuis.Name;
        var volunteers = await session.Query<Volunteer>().CountAsync(v => v.Buurthuis != null && v.Buurthuis.Equals(name, StringComparison.OrdinalIgnoreCase), ct);
        var activities = await session.Query<Activity>().CountAsync(a => a.BuurthuisId == id, ct);
        var boards = await session.Query<User>().CountAsync(u => u.Buurthuizen.Contains(name), ct);
        if (volunteers + activities + boards > 0)
            return new Failure(FailureKind.Conflict,
                $"The buurthuis is still in use ({volunteers} volunteers, {activities} activities, {boards} board members); move them first.");
        session.Delete(buurthuis);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct);
        return null;
    }

    /// <summary>The registered buurthuis of this name, without regard to case; null when there is none.</summary>
    public static async Task<Buurthuis?> FindAsync(IQuerySession session, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        return await session.Query<Buurthuis>().FirstOrDefaultAsync(b => b.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase), ct);
    }

    /// <summary>Volunteers and board members that named the old name get the new one, in the rename's transaction.</summary>
    private async Task RenameReferencesAsync(string oldName, string newName, CancellationToken ct)
    {
        var volunteers = await session.Query<Volunteer>().Where(v => v.Buurthuis != null && v.Buurthuis.Equals(oldName, StringComparison.OrdinalIgnoreCase)).ToListAsync(ct);
        foreach (var volunteer in volunteers)
        {
            volunteer.Buurthuis = newName;
            session.Store(volunteer);
        }
        foreach (var user in await session.Query<User>().Where(u => u.Buurthuizen.Contains(oldName)).ToListAsync(ct))
        {
            user.Buurthuizen = [.. user.Buurthuizen.Select(b => string.Equals(b, oldName, StringComparison.OrdinalIgnoreCase) ? newName : b)];
            // Their signed-in sessions carry the old name: they sign in again and see the renamed buurthuis.
            user.RenewSecurityStamp();
            session.Store(user);
        }
    }
}
