using Bronbank.Domain.Volunteers;
using Bronbank.Web.Areas;
using Bronbank.Web.Buurthuizen;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Volunteers;

public sealed record RejectedRow(int Row, string? ExternalKey, IReadOnlyList<string> Errors);

public sealed record ImportReport(bool DryRun, int Rows, int Created, int Updated, IReadOnlyList<RejectedRow> Rejected);

/// <summary>
/// Imports the spreadsheets organisations arrive with. Every row is validated; valid rows are written in
/// batches (created, or updated when their external key is already known, so a re-import never
/// duplicates), invalid rows are reported with the reason. A dry run only reports.
/// </summary>
public sealed class VolunteerImport(IDocumentSession session, AreaDirectory areas, TimeProvider clock, IChangeFollower follower)
{
    private const int BatchSize = 500;

    /// <summary>Header names given more than once (whatever their case): the file is ambiguous, so it is refused whole.</summary>
    public static List<string> DuplicateColumns(IReadOnlyList<string[]> table) =>
        table.Count == 0 ? [] : [.. table[0].Select(h => h.Trim()).Where(h => h.Length > 0)
            .GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)];

    public async Task<ImportReport> RunAsync(IReadOnlyList<string[]> table, bool dryRun, string actor, CancellationToken ct)
    {
        if (table.Count == 0) return new ImportReport(dryRun, 0, 0, 0, [new RejectedRow(0, null, ["The file is empty: a header row is needed."])]);
        var header = table[0].Select(h => h.Trim()).ToArray();
        var unknown = header.Where(h => !VolunteerColumns.All.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        var missing = new[] { "externalKey", "name", "neighbourhood" }.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
        {
            var errors = unknown.Select(u => $"Unknown column '{u}'.").Concat(missing.Select(m => $"Missing column '{m}'.")).ToList();
            return new ImportReport(dryRun, table.Count - 1, 0, 0, [new RejectedRow(1, null, errors)]);
        }

        var valid = new List<(int Row, VolunteerDraft Draft)>();
        var rejected = new List<RejectedRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var buurthuizen = await BuurthuisNames.LoadAsync(session, ct);
        for (var i = 1; i < table.Count; i++)
        {
            var cells = header.Select((h, c) => (h, v: c < table[i].Length ? table[i][c] : ""))
                .ToDictionary(x => VolunteerColumns.All.First(a => a.Equals(x.h, StringComparison.OrdinalIgnoreCase)), x => x.v);
            var problems = new List<string>();
            var draft = VolunteerColumns.Draft(cells, problems);
            problems.AddRange(draft.Validate(areas.Current).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
            if (!string.IsNullOrWhiteSpace(draft.Buurthuis))
            {
                if (buurthuizen.TryGetValue(draft.Buurthuis.Trim(), out var registered)) draft = draft with { Buurthuis = registered };
                else problems.Add($"buurthuis: {BuurthuisNames.Unknown(draft.Buurthuis.Trim())}");
            }
            if (draft.ExternalKey is null) problems.Add("externalKey: Required, so a re-import updates instead of duplicating.");
            else if (!seen.Add(draft.ExternalKey)) problems.Add($"externalKey: '{draft.ExternalKey}' appears more than once in the file.");
            if (problems.Count > 0) rejected.Add(new RejectedRow(i + 1, draft.ExternalKey, problems));
            else valid.Add((i + 1, draft.Normalize(areas.Current)));
        }
        if (dryRun) return new ImportReport(true, table.Count - 1, 0, 0, rejected);

        int created = 0, updated = 0;
        foreach (var batch in valid.Chunk(BatchSize))
        {
            var keys = batch.Select(b => b.Draft.ExternalKey!).ToArray();
            var existing = (await session.Query<Volunteer>().Where(v => v.ExternalKey!.IsOneOf(keys)).ToListAsync(ct)).ToDictionary(v => v.ExternalKey!);
            var now = clock.GetUtcNow();
            foreach (var (_, draft) in batch)
            {
                var isNew = !existing.TryGetValue(draft.ExternalKey!, out var volunteer);
                volunteer ??= new Volunteer { Id = Guid.CreateVersion7(), CreatedAt = now };
                volunteer.Apply(draft);
                volunteer.UpdatedAt = now;
                volunteer.RecordConsent(draft.Consent, now, actor);
                if (isNew) { session.Insert(volunteer); created++; }
                else { session.Store(volunteer); updated++; }
            }
            await session.SaveChangesAsync(ct);
        }
        await follower.CaughtUpAsync(ct);
        return new ImportReport(false, table.Count - 1, created, updated, rejected);
    }
}
