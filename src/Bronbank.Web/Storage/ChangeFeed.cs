using Npgsql;

namespace Bronbank.Web.Storage;

/// <summary>
/// Reads the change log. Sequence numbers are handed out when a transaction inserts its row but become
/// visible only at commit, so a later number can appear before an earlier one: numbers skipped over are
/// remembered for a while and asked for again, so no committed change is ever passed by.
/// </summary>
public sealed class ChangeFeed(string connectionString, string schema)
{
    private const int MaxGaps = 10_000;
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);
    private Dictionary<long, DateTimeOffset> _gaps = [];

    public long Position { get; private set; }

    /// <summary>
    /// The position below which nothing is missing: the one to persist with the index. A restart resumes
    /// from here, so a change still in a gap (committed later by a slower transaction) is read again after a
    /// crash instead of being passed by; changes read twice are applied twice, which is harmless.
    /// </summary>
    public long SafePosition => Safe(Position, _gaps);

    private static long Safe(long position, Dictionary<long, DateTimeOffset> gaps) => gaps.Count == 0 ? position : Math.Min(position, gaps.Keys.Min() - 1);

    /// <summary>
    /// Changes read but not yet taken: the feed moves on only when <see cref="Accept"/> is called after they
    /// were applied, so a failure while applying (the database going away mid-way) means they are read again.
    /// </summary>
    public sealed class Batch(IReadOnlyList<Change> changes, long position, Dictionary<long, DateTimeOffset> gaps)
    {
        public IReadOnlyList<Change> Changes { get; } = changes;
        internal long Position { get; } = position;
        internal Dictionary<long, DateTimeOffset> Gaps { get; } = gaps;

        /// <summary>The position to persist with the index once this batch is applied.</summary>
        public long SafePosition => Safe(Position, Gaps);
    }

    public void Accept(Batch batch)
    {
        Position = batch.Position;
        _gaps = batch.Gaps;
    }

    public void Reset(long position)
    {
        Position = position;
        _gaps = [];
    }

    /// <summary>
    /// Resets to <paramref name="latest"/> after a rebuild read the database: numbers just below it that are
    /// not committed yet (a transaction still running while the rebuild read) are remembered as gaps, so the
    /// change is read when it lands instead of being passed by.
    /// </summary>
    public async Task ResetAfterRebuildAsync(long latest, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select seq from {schema}.{ChangeLog.TableName} where seq > $1 and seq <= $2", connection);
        command.Parameters.AddWithValue(latest - 1000);
        command.Parameters.AddWithValue(latest);
        var seen = new HashSet<long>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) seen.Add(reader.GetInt64(0));
        }
        var now = DateTimeOffset.UtcNow;
        Position = latest;
        _gaps = [];
        for (var seq = Math.Max(1, latest - 1000 + 1); seq <= latest; seq++)
        {
            if (!seen.Contains(seq)) _gaps[seq] = now;
        }
    }

    public async Task<long> LatestAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select coalesce(max(seq), 0) from {schema}.{ChangeLog.TableName}", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Changes after the current position, plus any late arrivals among remembered gaps; see <see cref="Accept"/>.</summary>
    public async Task<Batch> ReadAsync(int max, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select seq, entity, entity_id from {schema}.{ChangeLog.TableName} where seq > $1 or seq = any($2) order by seq limit $3", connection);
        command.Parameters.AddWithValue(Position);
        command.Parameters.AddWithValue(_gaps.Keys.ToArray());
        command.Parameters.AddWithValue(max);

        var changes = new List<Change>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                changes.Add(new Change(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? Guid.Empty : reader.GetGuid(2)));
            }
        }
        return Advance(changes);
    }

    private Batch Advance(List<Change> changes)
    {
        var now = DateTimeOffset.UtcNow;
        var gaps = new Dictionary<long, DateTimeOffset>(_gaps);
        var position = Position;
        foreach (var change in changes) gaps.Remove(change.Seq);
        foreach (var change in changes.Where(c => c.Seq > position).OrderBy(c => c.Seq))
        {
            // Bounded: a burst of skipped numbers beyond this is left to the periodic reconciliation.
            for (var missing = position + 1; missing < change.Seq && gaps.Count < MaxGaps; missing++) gaps[missing] = now;
            position = change.Seq;
        }
        // A number still missing after this long belongs to a transaction that rolled back.
        foreach (var stale in gaps.Where(g => now - g.Value > GapPatience).Select(g => g.Key).ToList()) gaps.Remove(stale);
        return new Batch(changes, position, gaps);
    }
}
