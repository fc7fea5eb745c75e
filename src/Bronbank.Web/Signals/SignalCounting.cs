using Marten;

namespace Bronbank.Web.Signals;

/// <summary>
/// Signals as numbers per area, kind and outcome: what stays after retention and all that admins and the
/// insights see. Reads kind, area and outcome only, never a note or a reference.
/// </summary>
public static class SignalCounting
{
    public const string Open = "open";

    public static async Task<List<SignalCount>> CountAsync(IQuerySession session, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        IQueryable<Signal> query = session.Query<Signal>();
        if (from is { } start) query = query.Where(s => s.CreatedAt >= start);
        if (to is { } end) query = query.Where(s => s.CreatedAt < end);
        var rows = await query.Select(s => new { s.Area, s.Kind, s.Outcome }).ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.Area, r.Kind, Outcome: r.Outcome ?? Open))
            .Select(g => new SignalCount(g.Key.Area, g.Key.Kind, g.Key.Outcome, g.Count()))
            .OrderBy(c => c.Area, StringComparer.Ordinal).ThenBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Outcome, StringComparer.Ordinal)];
    }
}
