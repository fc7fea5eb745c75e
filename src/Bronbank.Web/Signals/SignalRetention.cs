using Bronbank.Web.Privacy;
using Marten;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Signals;

/// <summary>
/// Closed signals keep their note, notes and resident reference for a short period only (90 days unless
/// configured); after that only kind, area and outcome remain, which is all the counts need.
/// </summary>
public sealed class SignalRetention(IDocumentSession session, IOptions<RetentionOptions> options) : IRetentionRule
{
    public string ReportedAs => RetentionReport.Signals;

    public async Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-options.Value.ClosedSignalDays);
        var expired = await session.Query<Signal>().Where(s => s.ClosedAt != null && s.ClosedAt < cutoff && s.RedactedAt == null).ToListAsync(ct);
        foreach (var signal in expired)
        {
            signal.Note = null;
            signal.ResidentRef = null;
            signal.Notes = [.. signal.Notes.Select(n => n with { Text = null })];
            signal.RedactedAt = now;
            session.Store(signal);
        }
        await session.SaveChangesAsync(ct);
        return expired.Count;
    }
}
