using System.Diagnostics;
using Bronbank.DataGen;
using Bronbank.Matching;

namespace Bronbank.Tools.Bench;

/// <summary>
/// The matcher alone on an index in a temporary folder: a full build, the whole candidates call and, call for
/// call beside it, the same request as a plain Lucene BooleanQuery with a top-10 collector (the engine's own
/// limit), then the time to open the existing index and its size on disk.
/// </summary>
internal static class InProcessRun
{
    public const int Calls = 2000;

    public sealed record Result(Latencies Bronbank, Latencies PlainLucene, TimeSpan Rebuild, TimeSpan Reopen, long IndexBytes, double ResidentMiB, double ManagedMiB,
        double SameTopTen, int Bounded, double OnTheme, double OnThemeUnbounded)
    {
        /// <summary>The whole candidates call as a multiple of the plain Lucene query, at a percentile.</summary>
        public double Ratio(double percentile) => Bronbank.Percentile(percentile) / PlainLucene.Percentile(percentile);
    }

    /// <param name="plainLucene">
    /// False measures the candidates call alone, as the benchmark did before the plain query existed: the way to
    /// compare with an older commit, since the plain query beside each call also takes the processor's caches.
    /// </param>
    public static Result Measure(DutchDataGenerator generator, IReadOnlyList<GeneratedArea> areas, int size, IReadOnlyList<CandidateQuery> queries, IReadOnlyList<int> themes, bool plainLucene = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"bronbank-bench-index-{Guid.NewGuid():N}");
        try
        {
            var index = VolunteerIndex.Open(directory);
            var byName = areas.ToDictionary(a => a.Name);
            // Which themes each generated volunteer was made from: the relevance proxy of BudgetEffect.
            var volunteerThemes = new Dictionary<Guid, int>(size);
            VolunteerDocument Document(GeneratedVolunteer v)
            {
                var id = Guid.NewGuid();
                volunteerThemes[id] = DutchDataGenerator.ThemesOf(v);
                var at = byName[v.Neighbourhood];
                return new VolunteerDocument(id, v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents, v.About,
                    v.Availability, v.Languages, new GeoPoint(at.Lat, at.Lon), v.MaxMatches, 0, false, v.Active, true);
            }
            var documents = generator.Volunteers(size).Select(Document);
            var clock = Stopwatch.StartNew();
            index.Rebuild(new Progress($"{size:N0}: in-process index", size).Track(documents), "bench", 0);
            var rebuild = clock.Elapsed;
            foreach (var q in queries.Take(100))
            {
                index.FindCandidates(q);
                if (plainLucene) index.PlainLuceneTop(q.Text);
            }
            // Call for call, so both see the same machine: a neighbour's load on the shared cores hits both alike.
            var bronbank = new Latencies();
            var plain = new Latencies();
            var progress = new Progress($"{size:N0}: in-process candidates and plain Lucene", Calls);
            for (var i = 0; i < Calls; i++)
            {
                var query = queries[i % queries.Count];
                var started = Stopwatch.GetTimestamp();
                index.FindCandidates(query);
                bronbank.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (plainLucene)
                {
                    started = Stopwatch.GetTimestamp();
                    index.PlainLuceneTop(query.Text);
                    plain.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                progress.Advance(1);
            }
            var effect = BudgetEffect(index, queries, themes, volunteerThemes);
            var resident = ResidentMiB();
            var managed = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
            index.Dispose();
            var bytes = FolderBytes(directory);
            var opening = Stopwatch.StartNew();
            index = VolunteerIndex.Open(directory);
            var reopen = opening.Elapsed;
            index.Dispose();
            return new Result(bronbank, plain, rebuild, reopen, bytes, resident, managed, effect.Same, effect.Changed, effect.OnTheme, effect.OnThemeUnbounded);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// What the postings budget (<see cref="Bronbank.Matching.Ranking.QueryBuilder.PostingsBudget"/>) changes: for each
    /// request, the share of the unbounded top 10 that the bounded ranking also has, how many requests it changed, and,
    /// with and without it, the share of the top 10 made from the request's own theme (a relevance proxy for a pool too
    /// large to label: generated volunteers and requests come from the same themes).
    /// </summary>
    private static (double Same, int Changed, double OnTheme, double OnThemeUnbounded) BudgetEffect(
        VolunteerIndex index, IReadOnlyList<CandidateQuery> queries, IReadOnlyList<int> themes, Dictionary<Guid, int> volunteerThemes)
    {
        var budget = Bronbank.Matching.Ranking.QueryBuilder.PostingsBudget;
        double same = 0, onTheme = 0, onThemeUnbounded = 0;
        var changed = 0;
        double OnTheme(List<Guid> ranked, int theme) => ranked.Count == 0 ? 0 : ranked.Count(id => (volunteerThemes.GetValueOrDefault(id) & theme) != 0) / (double)ranked.Count;
        for (var i = 0; i < queries.Count; i++)
        {
            var bounded = index.FindCandidates(queries[i]).Select(c => c.VolunteerId).ToList();
            Bronbank.Matching.Ranking.QueryBuilder.PostingsBudget = long.MaxValue;
            try
            {
                var full = index.FindCandidates(queries[i]).Select(c => c.VolunteerId).ToList();
                same += full.Count == 0 ? 1 : full.Intersect(bounded).Count() / (double)full.Count;
                if (!full.SequenceEqual(bounded)) changed++;
                onTheme += OnTheme(bounded, themes[i]);
                onThemeUnbounded += OnTheme(full, themes[i]);
            }
            finally
            {
                Bronbank.Matching.Ranking.QueryBuilder.PostingsBudget = budget;
            }
        }
        var n = Math.Max(1, queries.Count);
        return (same / n, changed, onTheme / n, onThemeUnbounded / n);
    }

    public static long FolderBytes(string directory) =>
        Directory.Exists(directory) ? new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    /// <summary>This process's resident memory in MiB (Linux), or NaN elsewhere.</summary>
    public static double ResidentMiB() => ResidentMiB(Environment.ProcessId);

    public static double ResidentMiB(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status)) return double.NaN;
        var line = File.ReadLines(status).First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
