using Marten;

namespace Bronbank.Web.Storage;

/// <summary>
/// Records, in the write's own transaction, one change row per tracked document or event stream that a
/// save inserts, updates or deletes, and a NOTIFY delivered at commit. Features say what they track when
/// they register their documents (<see cref="ChangeTracking.RecordChanges{T}"/>); no command records by hand.
/// </summary>
internal sealed class ChangeRecorder : DocumentSessionListenerBase
{
    private readonly List<Action<IDocumentSession, HashSet<(string Kind, Guid Id)>>> _collectors = [];

    public void Track<T>(string kind, Func<T, Guid> idOf) where T : notnull => _collectors.Add((session, changes) =>
    {
        var pending = session.PendingChanges;
        foreach (var document in pending.InsertsFor<T>().Concat(pending.UpdatesFor<T>())) changes.Add((kind, idOf(document)));
        foreach (var deletion in pending.DeletionsFor<T>())
        {
            if (deletion.Id is Guid id) changes.Add((kind, id));
            else if (deletion.Document is T document) changes.Add((kind, idOf(document)));
            else changes.Add((kind, Guid.Empty));
        }
    });

    public void TrackStreams<TAggregate>(string kind) => _collectors.Add((session, changes) =>
    {
        foreach (var stream in session.PendingChanges.Streams().Where(s => s.AggregateType == typeof(TAggregate))) changes.Add((kind, stream.Id));
    });

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var changes = new HashSet<(string Kind, Guid Id)>();
        foreach (var collect in _collectors) collect(session, changes);
        if (changes.Count == 0) return Task.CompletedTask;
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        foreach (var (kind, id) in changes)
            session.QueueSqlCommand($"insert into {schema}.{ChangeLog.TableName} (entity, entity_id) values (?, ?)", kind, id);
        // NOTIFY is delivered at commit and only then, which is exactly when the change is visible. It is a
        // statement without a result set (a SELECT pg_notify would confuse the batch's result reader);
        // the payload is the schema name, which the options restrict to [a-z0-9_].
        session.QueueSqlCommand($"notify {ChangeLog.Channel}, '{schema}'");
        return Task.CompletedTask;
    }
}

/// <summary>How features name what they want in the change feed.</summary>
public static class ChangeTracking
{
    /// <summary>The feed's name for changes to <typeparamref name="T"/>: what consumers ask <see cref="ChangeBatch.IdsOf"/> for.</summary>
    public static string KindOf<T>() => typeof(T).Name.ToLowerInvariant();

    /// <summary>Every save that inserts, updates or deletes a <typeparamref name="T"/> records a change of <paramref name="kind"/> (by default the type's own).</summary>
    public static StoreOptions RecordChanges<T>(this StoreOptions options, Func<T, Guid> idOf, string? kind = null) where T : notnull
    {
        Recorder(options).Track(kind ?? KindOf<T>(), idOf);
        return options;
    }

    /// <summary>Every save that appends to a stream of <typeparamref name="TAggregate"/> records a change of its kind.</summary>
    public static StoreOptions RecordStreamChanges<TAggregate>(this StoreOptions options)
    {
        Recorder(options).TrackStreams<TAggregate>(KindOf<TAggregate>());
        return options;
    }

    private static ChangeRecorder Recorder(StoreOptions options)
    {
        if (options.Listeners.OfType<ChangeRecorder>().FirstOrDefault() is { } recorder) return recorder;
        recorder = new ChangeRecorder();
        options.Listeners.Add(recorder);
        return recorder;
    }
}
