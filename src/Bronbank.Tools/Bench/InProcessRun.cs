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

    public sealed record Result(Latencies Bronbank, Latencies PlainLucene, TimeSpan Rebuild, TimeSpan Reopen, long IndexBytes, double ResidentMiB, double ManagedMiB)
    {
        /// <summary>The whole candidates call as a multiple of the plain Lucene query, at a percentile.</summary>
        public double Ratio(double percentile) => Bronbank.Percentile(percentile) / PlainLucene.Percentile(percentile);
    }

    /// <param name="plainLucene">
    /// False measures the candidates call alone, as the benchmark did before the plain query existed: the way to
    /// compare with an older commit, since the plain query beside each call also takes the processor's caches.
    /// </param>
    public static Result Measure(DutchDataGenerator generator, IReadOnlyList<GeneratedArea> areas, int size, IReadOnlyList<CandidateQuery> queries, bool plainLucene = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"bronbank-bench-index-{Guid.NewGuid():N}");
        try
        {
            var index = VolunteerIndex.Open(directory);
            var byName = areas.ToDictionary(a => a.Name);
            var documents = generator.Volunteers(size).Select(v => new VolunteerDocument(Guid.NewGuid(), v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents, v.About,
                v.Availability, v.Languages, new GeoPoint(byName[v.Neighbourhood].Lat, byName[v.Neighbourhood].Lon), v.MaxMatches, 0, false, v.Active, true));
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
            var resident = ResidentMiB();
            var managed = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
            index.Dispose();
            var bytes = FolderBytes(directory);
            var opening = Stopwatch.StartNew();
            index = VolunteerIndex.Open(directory);
            var reopen = opening.Elapsed;
            index.Dispose();
            return new Result(bronbank, plain, rebuild, reopen, bytes, resident, managed);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
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
