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

    /// <param name="separators">What separates several values in one cell (see <see cref="VolunteerColumns.Draft"/>).</param>
    public async Task<ImportReport> RunAsync(IReadOnlyList<string[]> table, bool dryRun, string actor, CancellationToken ct, char[]? separators = null)
    {
        if (table.Count == 0) return new ImportReport(dryRun, 0, 0, 0, [new RejectedRow(0, null, ["The file is empty: a header row is needed."])]);
        var header = table[0].Select(h => h.Trim()).ToArray();
        var columns = header.Select(VolunteerColumns.Resolve).ToArray();
        var unknown = header.Where((h, i) => h.Length > 0 && columns[i] is null).ToList();
        var missing = new[] { "name", "neighbourhood" }.Where(c => !columns.Contains(c)).ToList();
        var twice = columns.OfType<string>().GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || twice.Count > 0)
        {
            var errors = unknown.Select(u => $"Unknown column '{u}'.").Concat(missing.Select(m => $"Missing column '{m}'."))
                .Concat(twice.Select(t => $"Column '{t}' appears more than once in the header.")).ToList();
            return new ImportReport(dryRun, table.Count - 1, 0, 0, [new RejectedRow(1, null, errors)]);
        }

        var valid = new List<(int Row, VolunteerDraft Draft)>();
        var rejected = new List<RejectedRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var buurthuizen = await BuurthuisNames.LoadAsync(session, ct);
        for (var i = 1; i < table.Count; i++)
        {
            var cells = new Dictionary<string, string>();
            for (var c = 0; c < columns.Length; c++)
                if (columns[c] is { } column) cells[column] = c < table[i].Length ? table[i][c] : "";
            var problems = new List<string>();
            var draft = VolunteerColumns.Draft(cells, problems, separators);
            problems.AddRange(draft.Validate(areas.Current).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
            if (!string.IsNullOrWhiteSpace(draft.Buurthuis))
            {
                if (buurthuizen.TryGetValue(draft.Buurthuis.Trim(), out var registered)) draft = draft with { Buurthuis = registered };
                else problems.Add($"buurthuis: {BuurthuisNames.Unknown(draft.Buurthuis.Trim())}");
            }
            if (problems.Count == 0) draft = draft.Normalize(areas.Current);
            var identity = Identity(draft);
            if (identity is not null && !seen.Add(identity))
                problems.Add(draft.ExternalKey is not null ? $"externalKey: '{draft.ExternalKey}' appears more than once in the file." : "name: the same person (e-mail, or name and neighbourhood) appears more than once in the file.");
            if (problems.Count > 0) rejected.Add(new RejectedRow(i + 1, draft.ExternalKey, problems));
            else valid.Add((i + 1, draft));
        }
        if (dryRun) return new ImportReport(true, table.Count - 1, 0, 0, rejected);

        int created = 0, updated = 0;
        foreach (var batch in valid.Chunk(BatchSize))
        {
            var existing = await ExistingAsync(batch.Select(b => b.Draft).ToList(), ct);
            var now = clock.GetUtcNow();
            foreach (var (_, draft) in batch)
            {
                var isNew = !existing.TryGetValue(Identity(draft)!, out var volunteer);
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

    /// <summary>
    /// Who a row is, so a re-import updates instead of duplicating: its external key when the file has one,
    /// else the e-mail address, else name and neighbourhood together.
    /// </summary>
    private static string? Identity(VolunteerDraft d) =>
        d.ExternalKey is { } key ? "key:" + key
        : d.Email is { } email ? "mail:" + email.ToLowerInvariant()
        : d.Name is { } name && d.Neighbourhood is { } area ? $"name:{name.ToLowerInvariant()}|{area.ToLowerInvariant()}"
        : null;

    private async Task<Dictionary<string, Volunteer>> ExistingAsync(IReadOnlyList<VolunteerDraft> drafts, CancellationToken ct)
    {
        var keys = drafts.Select(d => d.ExternalKey).OfType<string>().ToArray();
        var emails = drafts.Where(d => d.ExternalKey is null).Select(d => d.Email).OfType<string>().ToArray();
        var names = drafts.Where(d => d.ExternalKey is null && d.Email is null).Select(d => d.Name!).ToArray();
        var found = new List<Volunteer>();
        if (keys.Length > 0) found.AddRange(await session.Query<Volunteer>().Where(v => v.ExternalKey!.IsOneOf(keys)).ToListAsync(ct));
        if (emails.Length > 0) found.AddRange(await session.Query<Volunteer>().Where(v => v.Email!.IsOneOf(emails)).ToListAsync(ct));
        if (names.Length > 0) found.AddRange(await session.Query<Volunteer>().Where(v => v.Name.IsOneOf(names)).ToListAsync(ct));
        var byIdentity = new Dictionary<string, Volunteer>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in found)
        {
            if (v.ExternalKey is { } key) byIdentity.TryAdd("key:" + key, v);
            if (v.Email is { } email) byIdentity.TryAdd("mail:" + email.ToLowerInvariant(), v);
            byIdentity.TryAdd($"name:{v.Name.ToLowerInvariant()}|{v.Neighbourhood.ToLowerInvariant()}", v);
        }
        return byIdentity;
    }
}
