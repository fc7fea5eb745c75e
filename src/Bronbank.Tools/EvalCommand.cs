using System.Net.Http.Headers;
using Bronbank.Matching.Evaluation;

namespace Bronbank.Tools;

internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var dataDirectory = options.Get("data") ?? EvalSets.Directory(EvalSets.Development, Directory.GetCurrentDirectory());
        var data = EvalDataSet.Load(dataDirectory);
        Console.WriteLine($"Data set {Path.GetFullPath(dataDirectory)}: {data.Volunteers.Count} volunteers, {data.Requests.Count} requests, {data.Areas.Count} areas");
        if (options.Has("in-process")) return InProcess(data);

        await using var local = options.Get("url") is null ? await LocalBronbank.StartAsync() : null;
        var url = options.Get("url") ?? local!.Url;
        var key = options.Get("key") ?? local?.Key ?? Environment.GetEnvironmentVariable("BRONBANK_API_KEY")
            ?? throw new InvalidOperationException("An admin API key is needed with --url: pass --key or set BRONBANK_API_KEY.");
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var (bronbank, baseline) = await new EvalClient(http).RunAsync(data, options.Has("allow-existing"));
        Console.WriteLine();
        Console.WriteLine("| engine | nDCG@10 | recall@10 | hard-rule violations |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| Bronbank (Lucene, Dutch analysis, practical fit) | {bronbank.NdcgAt10:0.000} | {bronbank.RecallAt10:0.000} | {bronbank.Violations} |");
        Console.WriteLine($"| PostgreSQL full-text baseline (dutch, ts_rank_cd) | {baseline.NdcgAt10:0.000} | {baseline.RecallAt10:0.000} | {baseline.Violations} |");
        return 0;
    }

    /// <summary>The matcher alone on a temporary index (no database, no HTTP): seconds instead of a minute, for iterating.</summary>
    private static int InProcess(EvalDataSet data)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"bronbank-eval-{Guid.NewGuid():N}");
        try
        {
            var (figures, results) = InProcessEvaluation.Run(data, directory);
            Console.WriteLine($"Bronbank in-process: {figures}");
            Console.WriteLine();
            Console.WriteLine("| kind of error | requests |");
            Console.WriteLine("|---|---|");
            foreach (var (kind, requests) in ErrorKinds.Summarise(results)) Console.WriteLine($"| {kind} | {requests} |");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
