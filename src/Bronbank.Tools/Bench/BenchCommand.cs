using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bronbank.DataGen;
using Bronbank.Matching;

namespace Bronbank.Tools.Bench;

/// <summary>
/// The benchmark table: for each size, bulk load, rebuild, in-process and HTTP candidate latency, the
/// PostgreSQL baseline in the same run, convergence between two instances, memory and time to ready.
/// Every figure comes from private Bronbank processes on 127.0.0.1 started for the run.
/// </summary>
internal static class BenchCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var sizes = (options.Get("sizes") ?? "1000,10000,100000").Split(',').Select(Progress.ParseSize).ToList();
        var seconds = int.Parse(options.Get("seconds") ?? "8", Invariant);
        // The matcher's bound on the postings one request reads (QueryBuilder.PostingsBudget), to measure another.
        if (options.Get("postings-budget") is { } budget) Bronbank.Matching.Ranking.QueryBuilder.PostingsBudget = long.Parse(budget, Invariant);
        if (options.Has("in-process")) return InProcessOnly(sizes, plainLucene: !options.Has("candidates-only"));
        if (options.Has("bdn")) return CandidateBenchmarks.Run();
        if (options.Has("ready")) return await ReadyOnlyAsync(sizes.Single(), options.Get("keep"), int.Parse(options.Get("repeat") ?? "3", Invariant), options.Has("rebuild"));
        var results = new List<(int Size, Dictionary<string, string> Figures)>();
        foreach (var size in sizes)
        {
            Console.WriteLine($"== {size} volunteers");
            results.Add((size, await MeasureAsync(size, TimeSpan.FromSeconds(seconds), options.Has("explain"))));
        }
        if (options.Has("explain"))
        {
            foreach (var (size, figures) in results) Console.WriteLine(PlanSection(size, figures["_plan"]));
            return 0;
        }
        var table = Table(results, args);
        Console.WriteLine(table);
        if (options.Get("out") is { } path) await File.WriteAllTextAsync(path, table);
        return 0;
    }

    /// <summary>
    /// Time to ready with an existing index, alone and repeated: loads <paramref name="size"/> volunteers once (into
    /// <paramref name="keep"/> when given, reused by a later run), then starts Bronbank on them again and again.
    /// Each start prints how long it took and the service's own account of opening the index. With
    /// <paramref name="rebuild"/> a kept folder's index is first rebuilt by this build (after a change to its layout).
    /// </summary>
    private static async Task<int> ReadyOnlyAsync(int size, string? keep, int repeat, bool rebuild)
    {
        var folder = keep ?? Path.Combine(Path.GetTempPath(), $"bronbank-ready-{size}-{Guid.NewGuid():N}");
        // The same key each run, so that a kept folder can be started again (a bootstrap key needs 16 characters).
        const string key = "bench-ready-kept-folder";
        try
        {
            var fresh = !Directory.Exists(Path.Combine(folder, "index"));
            if (fresh || rebuild)
            {
                var a = await LocalBronbank.StartAsync(folder, key: key);
                using (var http = Client(a))
                {
                    if (fresh)
                    {
                        var areas = (await http.GetFromJsonAsync<List<GeneratedArea>>("/api/v1/areas"))!;
                        await GeneratedPool.LoadAsync(http, new DutchDataGenerator(42, areas).Volunteers(size), areas, new Progress($"{size:N0}: bulk load", size));
                    }
                    (await http.PostAsync("/api/v1/index/rebuild", null)).EnsureSuccessStatusCode();
                }
                await a.StopAsync();
                // A first start after the load or the rebuild finishes whatever the change feed still had to apply; not counted.
                await (await LocalBronbank.StartAsync(folder, key: key)).StopAsync();
            }
            var times = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var again = await LocalBronbank.StartAsync(folder, key: key, logIndex: true);
                times.Add(again.StartedIn.TotalSeconds);
                Console.WriteLine($"start {i + 1}: ready in {again.StartedIn.TotalSeconds:0.0} s, RSS {again.ResidentMiB():0} MiB");
                await again.StopAsync();
            }
            times.Sort();
            Console.WriteLine($"time to ready, existing index, {size:N0} volunteers: median {times[times.Count / 2]:0.0} s of {repeat} starts (min {times[0]:0.0}, max {times[^1]:0.0}); {MachineInfo.Describe()}");
            return 0;
        }
        finally
        {
            if (keep is null) DeleteQuietly(folder);
        }
    }

    private static async Task<Dictionary<string, string>> MeasureAsync(int size, TimeSpan duration, bool explainOnly)
    {
        var figures = new Dictionary<string, string>();
        var loadAtStart = LoadAverage();
        var folder = Path.Combine(Path.GetTempPath(), $"bronbank-bench-{size}-{Guid.NewGuid():N}");
        var key = "bench-" + Guid.NewGuid().ToString("N");
        try
        {
            var a = await LocalBronbank.StartAsync(folder, key: key);
            using var http = Client(a);
            var areas = (await http.GetFromJsonAsync<List<GeneratedArea>>("/api/v1/areas"))!;
            var generator = new DutchDataGenerator(42, areas);

            // Bulk load through the import endpoint, which records every change for the index feed.
            var load = Stopwatch.StartNew();
            await GeneratedPool.LoadAsync(http, generator.Volunteers(size), areas, new Progress($"{size:N0}: bulk load", size));
            figures["bulk load (profiles/s)"] = (size / load.Elapsed.TotalSeconds).ToString("0", Invariant);

            // After a bulk load a PostgreSQL team runs ANALYZE (autovacuum would, a minute later), so that the planner
            // knows the baseline table's size and its words before the baseline is measured.
            await BaselinePlan.AnalyzeAsync(a.EmbeddedConnectionString);

            var requests = new List<string>();
            var queries = new List<CandidateQuery>();
            var themes = new List<int>();
            foreach (var r in generator.Requests(200, DateTimeOffset.UtcNow.AddMonths(-6), DateTimeOffset.UtcNow))
            {
                themes.Add(DutchDataGenerator.ThemeBit(r.Theme));
                using var response = await http.PostAsJsonAsync("/api/v1/requests", new { question = r.Question, neighbourhood = r.Neighbourhood, availability = r.Availability, languages = r.Languages });
                var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
                requests.Add($"/api/v1/requests/{id}/candidates?limit=10");
                var area = areas.First(x => x.Name == r.Neighbourhood);
                queries.Add(new CandidateQuery(r.Question, r.Neighbourhood, new GeoPoint(area.Lat, area.Lon), r.Availability, r.Languages, 10));
            }

            if (explainOnly)
            {
                figures["_plan"] = await ExplainAsync(a, http, size, requests, queries);
                await a.StopAsync();
                return figures;
            }

            Phase(size, "waiting for the machine to settle after the load");
            figures["waited for the machine to settle before measuring (s)"] = (await SettleAsync()).TotalSeconds.ToString("0", Invariant);
            Phase(size, "in-process candidates beside a plain Lucene BooleanQuery");
            var inProcess = InProcessRun.Measure(generator, areas, size, queries, themes);
            figures["candidates in-process p50 / p95 / p99 (ms)"] = Percentiles(inProcess.Bronbank);
            figures["plain Lucene BooleanQuery, top 10, in-process p50 / p95 / p99 (ms)"] = Percentiles(inProcess.PlainLucene);
            figures["whole candidates call ÷ plain Lucene query (p50 / p99)"] = $"{inProcess.Ratio(50):0.00}× / {inProcess.Ratio(99):0.00}×";
            figures["top 10 the same as without the postings budget; requests it changed"] = string.Create(Invariant, $"{inProcess.SameTopTen:P1}; {inProcess.Bounded} of {queries.Count}");
            figures["top 10 doing what the request's theme is about, with / without the budget"] = string.Create(Invariant, $"{inProcess.OnTheme:P1} / {inProcess.OnThemeUnbounded:P1}");

            Phase(size, "HTTP candidates at 16 and 64 clients");
            await HttpLoad.RunAsync(http, requests, 4, TimeSpan.FromSeconds(2)); // warm-up
            foreach (var clients in new[] { 16, 64 })
            {
                var run = await HttpLoad.RunAsync(http, requests, clients, duration);
                figures[$"HTTP candidates, {clients} clients: req/s, p50 / p99 (ms), errors"] =
                    $"{run.PerSecond:0} req/s, {run.Latencies.Percentile(50):0.0} / {run.Latencies.Percentile(99):0.0}, {run.Errors}";
                if (clients == 16) figures["_p50"] = run.Latencies.Percentile(50).ToString(Invariant);
            }
            Phase(size, "PostgreSQL baseline");
            var baseline = await HttpLoad.RunAsync(http, [.. requests.Select(u => u + "&engine=baseline")], 16, duration);
            var ratio = baseline.Latencies.Percentile(50) / double.Parse(figures["_p50"], Invariant);
            figures["PostgreSQL baseline, 16 clients: req/s, p50 / p99 (ms)"] = $"{baseline.PerSecond:0} req/s, {baseline.Latencies.Percentile(50):0.0} / {baseline.Latencies.Percentile(99):0.0}";
            figures["Bronbank faster than baseline (p50 ratio)"] = $"{ratio:0.0}×";
            figures.Remove("_p50");

            Phase(size, "full index rebuild");
            using (var rebuild = await http.PostAsync("/api/v1/index/rebuild", null))
                figures["full index rebuild (s)"] = (await rebuild.Content.ReadFromJsonAsync<JsonObject>())!["seconds"]!.GetValue<double>().ToString("0.00", Invariant);
            figures["index size on disk (MiB)"] = (InProcessRun.FolderBytes(Path.Combine(folder, "index")) / 1024.0 / 1024.0).ToString("0", Invariant);
            figures["service memory RSS (MiB)"] = a.ResidentMiB().ToString("0", Invariant);
            figures["_plan"] = await ExplainAsync(a, http, size, requests, queries);

            Phase(size, "convergence between two instances");
            var b = await LocalBronbank.StartAsync(folder, a.EmbeddedConnectionString, "index-b", key);
            using (var httpB = Client(b))
            {
                var convergence = await ConvergenceAsync(http, httpB, 30);
                figures["convergence A → B p50 / p99 (ms)"] = $"{convergence.Percentile(50):0} / {convergence.Percentile(99):0}";
            }
            await b.StopAsync();
            await a.StopAsync();

            Phase(size, "time to ready");
            var again = await LocalBronbank.StartAsync(folder, key: key);
            figures["time to ready, existing index (s)"] = again.StartedIn.TotalSeconds.ToString("0.0", Invariant);
            await again.StopAsync();
            Directory.Delete(Path.Combine(folder, "index"), recursive: true);
            var rebuilt = await LocalBronbank.StartAsync(folder, key: key);
            figures["time to ready, rebuilding the index (s)"] = rebuilt.StartedIn.TotalSeconds.ToString("0.0", Invariant);
            await rebuilt.StopAsync();
            figures["load average (1 min) at start / end"] = $"{loadAtStart} / {LoadAverage()}";
        }
        finally
        {
            DeleteQuietly(folder);
        }
        return figures;
    }

    private static readonly Stopwatch Elapsed = Stopwatch.StartNew();

    private static void Phase(int size, string phase) =>
        Console.Error.WriteLine(string.Create(Invariant, $"[{Elapsed.Elapsed:hh\\:mm\\:ss}] {size:N0}: {phase}"));

    /// <summary>
    /// <c>bench --in-process</c>: only the matcher on an index in a temporary folder, no service or database,
    /// for profiling (dotnet-trace, dotnet-counters) and quick comparisons while working on the ranking.
    /// </summary>
    private static int InProcessOnly(List<int> sizes, bool plainLucene)
    {
        var root = LocalBronbank.RepositoryRoot();
        var areas = JsonSerializer.Deserialize<List<GeneratedArea>>(File.ReadAllText(Path.Combine(root, "src", "Bronbank.Web", "Areas", "utrecht-areas.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var generator = new DutchDataGenerator(42, areas);
        var requests = generator.Requests(200, DateTimeOffset.UtcNow.AddMonths(-6), DateTimeOffset.UtcNow).ToList();
        var queries = requests.Select(r =>
        {
            var area = areas.First(x => x.Name == r.Neighbourhood);
            return new CandidateQuery(r.Question, r.Neighbourhood, new GeoPoint(area.Lat, area.Lon), r.Availability, r.Languages, 10);
        }).ToList();
        var themes = requests.Select(r => DutchDataGenerator.ThemeBit(r.Theme)).ToList();
        foreach (var size in sizes)
        {
            var run = InProcessRun.Measure(generator, areas, size, queries, themes, plainLucene);
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: full rebuild {run.Rebuild.TotalSeconds:0.00} s"));
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: opening the existing index {run.Reopen.TotalSeconds:0.00} s"));
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: index size on disk {run.IndexBytes / 1024.0 / 1024.0:0} MiB; this process's RSS after the queries {run.ResidentMiB:0} MiB, managed heap {run.ManagedMiB:0} MiB"));
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: candidates in-process p50 / p95 / p99 {Percentiles(run.Bronbank)} ms"));
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: top 10 the same as without the postings budget {run.SameTopTen:P1}; requests it changed {run.Bounded} of {queries.Count}"));
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: top 10 doing what the request's theme is about, with / without the budget {run.OnTheme:P1} / {run.OnThemeUnbounded:P1}"));
            if (!plainLucene) continue;
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: plain Lucene BooleanQuery top 10 p50 / p95 / p99 {Percentiles(run.PlainLucene)} ms"));
            Console.WriteLine(FormattableString.Invariant($"{size} volunteers: whole candidates call / plain Lucene query p50 {run.Ratio(50):0.00}x, p99 {run.Ratio(99):0.00}x"));
        }
        return 0;
    }

    private static string Percentiles(Latencies latencies) =>
        string.Create(Invariant, $"{latencies.Percentile(50):0.00} / {latencies.Percentile(95):0.00} / {latencies.Percentile(99):0.00}");

    /// <summary>Removes a run's temporary folder; one still in use (a process slow to exit) is left behind.</summary>
    private static void DeleteQuietly(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Waits until the machine has settled after the bulk load — the service still applying the change feed and merging
    /// segments, PostgreSQL's autovacuum — so that the in-process figures measure the matcher, not that: until the
    /// processors are at least 85 % idle for three seconds in a row, or three minutes have passed. Returns the wait.
    /// </summary>
    internal static async Task<TimeSpan> SettleAsync()
    {
        var clock = Stopwatch.StartNew();
        if (!File.Exists("/proc/stat")) return TimeSpan.Zero;
        static (long Idle, long Total) Cpu()
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            return (fields[3] + fields[4], fields.Sum());
        }
        var quiet = 0;
        var last = Cpu();
        while (quiet < 3 && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(1000);
            var now = Cpu();
            var idle = (now.Idle - last.Idle) / (double)Math.Max(1, now.Total - last.Total);
            quiet = idle >= 0.85 ? quiet + 1 : 0;
            last = now;
        }
        return clock.Elapsed;
    }

    /// <summary>The 1, 5 and 15 minute load averages of the machine (Linux), as the table reports them beside the figures.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(1)) : "?";

    /// <summary>The plan for the first generated request the baseline finds volunteers for (a plan that finds none shows little).</summary>
    private static async Task<string> ExplainAsync(LocalBronbank instance, HttpClient http, int size, List<string> requests, List<CandidateQuery> queries)
    {
        Phase(size, "EXPLAIN (ANALYZE) of the PostgreSQL baseline");
        var chosen = 0;
        for (var i = 0; i < Math.Min(20, requests.Count); i++)
        {
            var found = await http.GetFromJsonAsync<JsonObject>(requests[i] + "&engine=baseline");
            if (found!["candidates"]!.AsArray().Count == 0) continue;
            chosen = i;
            break;
        }
        var plan = await BaselinePlan.ExplainAsync(instance.EmbeddedConnectionString, queries, chosen);
        if (!BaselinePlan.UsesDocumentIndex(plan.Split(Environment.NewLine)))
            Console.Error.WriteLine($"{size:N0}: the baseline query does not use the GIN index on the tsvector, even with table scans off");
        return plan;
    }

    internal static string PlanSection(int size, string plan) =>
        $"EXPLAIN (ANALYZE, BUFFERS) of the PostgreSQL baseline's query at {size:N0} volunteers (generated requests; `bench --explain` prints it):{Environment.NewLine}{Environment.NewLine}```{Environment.NewLine}{plan}{Environment.NewLine}```{Environment.NewLine}";

    private static async Task<Latencies> ConvergenceAsync(HttpClient a, HttpClient b, int writes)
    {
        var latencies = new Latencies();
        for (var i = 0; i < writes; i++)
        {
            var word = $"convergentie{Guid.NewGuid():N}"[..24];
            using var created = await a.PostAsJsonAsync("/api/v1/volunteers", new { name = "Bench", neighbourhood = "Zuilen", passions = new[] { word }, consent = new { matching = true } });
            created.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                var found = await b.GetFromJsonAsync<JsonObject>($"/api/v1/volunteers/search?q={word}");
                if (found!["candidates"]!.AsArray().Count > 0) break;
                await Task.Delay(5);
            }
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        return latencies;
    }

    private static HttpClient Client(LocalBronbank instance)
    {
        var http = new HttpClient { BaseAddress = new Uri(instance.Url), Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", instance.Key);
        return http;
    }

    internal static string Csv(IEnumerable<GeneratedVolunteer> volunteers)
    {
        static string Q(string? v) => v is null ? "" : $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var csv = new StringBuilder("externalKey,name,neighbourhood,buurthuis,passions,talents,about,availability,languages,maxMatches,active,consentMatching,consentBoards\n");
        foreach (var v in volunteers)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{v.ExternalKey},{Q(v.Name)},{Q(v.Neighbourhood)},{Q(v.Buurthuis)},{Q(string.Join(";", v.Passions))},{Q(string.Join(";", v.Talents))},{Q(v.About)},");
            csv.Append(CultureInfo.InvariantCulture, $"{string.Join(";", v.Availability)},{string.Join(";", v.Languages)},{v.MaxMatches},{(v.Active ? "true" : "false")},true,true\n");
        }
        return csv.ToString();
    }

    private static string Table(List<(int Size, Dictionary<string, string> Figures)> results, string[] args)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {MachineInfo.Describe()}  ");
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project src/Bronbank.Tools -- bench {string.Join(' ', args)}`");
        md.AppendLine();
        md.AppendLine("| | " + string.Join(" | ", results.Select(r => $"{r.Size:N0} volunteers")) + " |");
        md.AppendLine("|---|" + string.Concat(results.Select(_ => "---|")));
        foreach (var metric in results[0].Figures.Keys.Where(k => !k.StartsWith('_')))
            md.AppendLine($"| {metric} | " + string.Join(" | ", results.Select(r => r.Figures.GetValueOrDefault(metric, "—"))) + " |");
        if (results[^1].Figures.TryGetValue("_plan", out var plan))
        {
            md.AppendLine();
            md.Append(PlanSection(results[^1].Size, plan));
        }
        return md.ToString();
    }
}
