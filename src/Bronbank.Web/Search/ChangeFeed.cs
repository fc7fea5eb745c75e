using Bronbank.Web.Storage;
using Npgsql;

namespace Bronbank.Web.Search;

public sealed record Change(long Seq, ChangedEntity Entity, Guid Id);

/// <summary>
/// Reads the change log. Sequence numbers are handed out when a transaction inserts its row but become
/// visible only at commit, so a later number can appear before an earlier one: numbers skipped over are
/// remembered for a while and asked for again, so no committed change is ever passed by.
/// </summary>
public sealed class ChangeFeed(string connectionString, string schema)
{
    private const int MaxGaps = 10_000;
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);
    private readonly Dictionary<long, DateTimeOffset> _gaps = [];

    public long Position { get; private set; }

    public void Reset(long position)
    {
        Position = position;
        _gaps.Clear();
    }

    public async Task<long> LatestAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select coalesce(max(seq), 0) from {schema}.{ChangeLog.TableName}", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Changes after the current position, plus any late arrivals among remembered gaps; advances the position.</summary>
    public async Task<IReadOnlyList<Change>> ReadAsync(int max, CancellationToken ct)
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
                var entity = Enum.TryParse<ChangedEntity>(reader.GetString(1), ignoreCase: true, out var e) ? e : ChangedEntity.Volunteer;
                changes.Add(new Change(reader.GetInt64(0), entity, reader.IsDBNull(2) ? Guid.Empty : reader.GetGuid(2)));
            }
        }
        Advance(changes);
        return changes;
    }

    private void Advance(List<Change> changes)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var change in changes) _gaps.Remove(change.Seq);
        foreach (var change in changes.Where(c => c.Seq > Position).OrderBy(c => c.Seq))
        {
            // Bounded: a burst of skipped numbers beyond this is left to the periodic reconciliation.
            for (var missing = Position + 1; missing < change.Seq && _gaps.Count < MaxGaps; missing++) _gaps[missing] = now;
            Position = change.Seq;
        }
        // A number still missing after this long belongs to a transaction that rolled back.
        foreach (var stale in _gaps.Where(g => now - g.Value > GapPatience).Select(g => g.Key).ToList()) _gaps.Remove(stale);
    }
}
