using System.Security.Claims;
using Bronbank.Web.Infrastructure;
using Marten;
using Marten.Services;

namespace Bronbank.Web.Privacy;

/// <summary>
/// The audit entries of one request (or one background run). It listens to the scope's document session:
/// entries recorded before a save are inserted in that save, so an entry is committed with the change it
/// records. Entries no save takes (reads, refusals) are written by <see cref="FlushAsync"/>, which the
/// audit filters await before the answer goes out: nothing waits in memory, nothing is dropped.
/// </summary>
public sealed class AuditTrail(IDocumentStore store, TimeProvider clock) : DocumentSessionListenerBase, IAuditLog
{
    private readonly List<AuditEntry> _pending = [];
    private int _recorded;

    public int Mark => _recorded;

    public void Record(ClaimsPrincipal user, string action, string subjectType, Guid? subjectId) =>
        Record(user.ActorId(), action, subjectType, subjectId);

    public void Record(string actor, string action, string subjectType, Guid? subjectId)
    {
        lock (_pending)
        {
            _pending.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(), At = clock.GetUtcNow(), Actor = actor, Action = action, SubjectType = subjectType, SubjectId = subjectId,
                Sequence = ++_recorded,
            });
        }
    }

    public void DiscardPendingSince(int mark)
    {
        lock (_pending) _pending.RemoveAll(e => e.Sequence > mark);
    }

    /// <summary>Fills in the subject of a create from what the save inserts, and adds the entries to the save.</summary>
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        AuditEntry[] entries;
        lock (_pending)
        {
            entries = [.. _pending];
            _pending.Clear();
        }
        if (entries.Length == 0) return Task.CompletedTask;
        var created = CreatedIdOf(session);
        foreach (var entry in entries) entry.SubjectId ??= entry.FromCreate ? created : null;
        session.Insert(entries);
        return Task.CompletedTask;
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        AuditEntry[] entries;
        lock (_pending)
        {
            entries = [.. _pending];
            _pending.Clear();
        }
        if (entries.Length == 0) return;
        await using var session = store.LightweightSession();
        session.Insert(entries);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>A create's entry is recorded before its id exists: mark it, and the save it joins names the subject.</summary>
    public void RecordCreate(string actor, string action, string subjectType)
    {
        Record(actor, action, subjectType, null);
        lock (_pending) _pending[^1].FromCreate = true;
    }

    private static Guid? CreatedIdOf(IDocumentSession session)
    {
        var changes = session.PendingChanges;
        if (changes.Streams().FirstOrDefault(s => s.ActionType == JasperFx.Events.StreamActionType.Start) is { } started) return started.Id;
        return changes.Inserts().Where(d => d is not AuditEntry).Select(d => d.GetType().GetProperty("Id")?.GetValue(d)).OfType<Guid>().FirstOrDefault() is var id && id != Guid.Empty ? id : null;
    }
}
