using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Bronbank.DataGen;
using Bronbank.Matching;

namespace Bronbank.Tools.Bench;

/// <summary>
/// <c>bench --bdn</c>: the in-process candidate figure measured by BenchmarkDotNet (its own process, warm-up,
/// outlier handling and percentiles), as a check on the benchmark table's own stopwatch loop.
/// </summary>
[Config(typeof(Percentiles))]
public class CandidateBenchmarks
{
    private VolunteerIndex _index = null!;
    private List<CandidateQuery> _queries = [];
    private string _directory = "";
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Volunteers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var areas = JsonSerializer.Deserialize<List<GeneratedArea>>(
            File.ReadAllText(Path.Combine(LocalBronbank.RepositoryRoot(), "src", "Bronbank.Web", "Areas", "utrecht-areas.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var byName = areas.ToDictionary(a => a.Name);
        var generator = new DutchDataGenerator(42, areas);
        _queries = [.. generator.Requests(200, DateTimeOffset.UtcNow.AddMonths(-6), DateTimeOffset.UtcNow)
            .Select(r => new CandidateQuery(r.Question, r.Neighbourhood, new GeoPoint(byName[r.Neighbourhood].Lat, byName[r.Neighbourhood].Lon), r.Availability, r.Languages, 10))];
        _directory = Path.Combine(Path.GetTempPath(), $"bronbank-bdn-{Guid.NewGuid():N}");
        _index = VolunteerIndex.Open(_directory);
        _index.Rebuild(generator.Volunteers(Volunteers).Select(v => new VolunteerDocument(Guid.NewGuid(), v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents,
            v.About, v.Availability, v.Languages, new GeoPoint(byName[v.Neighbourhood].Lat, byName[v.Neighbourhood].Lon), v.MaxMatches, 0, false, v.Active, true)), "bdn", 0);
    }

    /// <summary>One ranking, for the next of 200 generated requests in turn.</summary>
    [Benchmark]
    public int Candidates() => _index.FindCandidates(_queries[_next++ % _queries.Count]).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    public static int Run()
    {
        BenchmarkRunner.Run<CandidateBenchmarks>();
        return 0;
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles()
        {
            AddJob(Job.ShortRun.WithInvocationCount(400).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
            AddColumnProvider(DefaultColumnProviders.Instance);
        }
    }
}
