using System.Diagnostics;

namespace Bronbank.Tools.Bench;

/// <summary>N concurrent clients asking URLs in turn for a fixed time, on loopback only.</summary>
public static class HttpLoad
{
    public sealed record Result(int Clients, int Requests, int Errors, double Seconds, Latencies Latencies)
    {
        public double PerSecond => Requests / Seconds;
    }

    public static async Task<Result> RunAsync(HttpClient http, IReadOnlyList<string> urls, int clients, TimeSpan duration)
    {
        var latencies = new Latencies();
        var errors = 0;
        var requests = 0;
        var clock = Stopwatch.StartNew();
        var until = clock.Elapsed + duration;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var i = client;
            while (clock.Elapsed < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(urls[i++ % urls.Count], HttpCompletionOption.ResponseContentRead);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref requests);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }));
        return new Result(clients, requests, errors, clock.Elapsed.TotalSeconds, latencies);
    }
}
