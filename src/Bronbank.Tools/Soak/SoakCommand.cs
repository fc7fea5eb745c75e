using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bronbank.DataGen;
using Bronbank.Tools.Bench;

namespace Bronbank.Tools.Soak;

/// <summary>
/// <c>soak [--minutes 10] [--clients 32] [--volunteers 10000] [--out FILE]</c>: a private Bronbank under mixed
/// reads and writes for a long while. Prints, per minute, requests, errors, p50/p99 and the service's memory,
/// so that a slow leak or a latency creeping up shows; exits 1 on any error.
/// </summary>
public static class SoakCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var minutes = int.Parse(options.Get("minutes") ?? "10", Invariant);
        var clients = int.Parse(options.Get("clients") ?? "32", Invariant);
        var size = int.Parse(options.Get("volunteers") ?? "10000", Invariant);

        await using var bronbank = await LocalBronbank.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(bronbank.Url), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bronbank.Key);
        var areas = (await http.GetFromJsonAsync<List<GeneratedArea>>("/api/v1/areas"))!;
        var generator = new DutchDataGenerator(7, areas);
        Console.WriteLine($"Loading {size} volunteers...");
        await GeneratedPool.LoadAsync(http, generator.Volunteers(size), areas);
        var volunteers = new List<Guid>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await http.GetFromJsonAsync<JsonObject>($"/api/v1/volunteers?pageSize=100&page={number}");
            volunteers.AddRange(page!["items"]!.AsArray().Select(v => v!["id"]!.GetValue<Guid>()));
        }
        var generated = generator.Requests(300, DateTimeOffset.UtcNow.AddMonths(-3), DateTimeOffset.UtcNow).ToList();
        var requests = new List<Guid>();
        foreach (var r in generated.Take(100))
        {
            using var response = await http.PostAsJsonAsync("/api/v1/requests", new { question = r.Question, neighbourhood = r.Neighbourhood, availability = r.Availability, languages = r.Languages });
            requests.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>());
        }

        Console.WriteLine($"Soak: {clients} clients, {minutes} min, mixed 80% reads (candidates, search, profiles) / 20% writes (profile updates, new requests)");
        Console.WriteLine("| minute | requests | errors | p50 (ms) | p99 (ms) | RSS (MiB) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var rows = new List<(int Minute, int Requests, int Errors, double P50, double P99, double Rss)>();
        var totalErrors = 0;
        var byKind = new System.Collections.Concurrent.ConcurrentDictionary<string, Latencies>();
        var clock = Stopwatch.StartNew();
        for (var minute = 1; minute <= minutes; minute++)
        {
            var latencies = new Latencies();
            var errors = 0;
            var count = 0;
            var until = TimeSpan.FromMinutes(minute);
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                var random = new Random(client * 7919 + minute);
                while (clock.Elapsed < until)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await SendOneAsync(http, random, client, clients, requests, volunteers, generated, generator);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    latencies.Add(elapsed);
                    byKind.GetOrAdd(Kind(response.RequestMessage!), _ => new Latencies()).Add(elapsed);
                    Interlocked.Increment(ref count);
                    if (!response.IsSuccessStatusCode && Interlocked.Increment(ref errors) <= 3)
                        Console.Error.WriteLine($"{(int)response.StatusCode} {response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath}: {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 300)]}");
                }
            })));
            totalErrors += errors;
            var row = (minute, count, errors, latencies.Percentile(50), latencies.Percentile(99), bronbank.ResidentMiB());
            rows.Add(row);
            Console.WriteLine(FormattableString.Invariant($"| {row.minute} | {row.count} | {row.errors} | {row.Item4:0.0} | {row.Item5:0.0} | {row.Item6:0} |"));
        }

        var summary = FormattableString.Invariant(
            $"Errors {totalErrors}; p99 first minute {rows[0].P99:0.0} ms, last minute {rows[^1].P99:0.0} ms; RSS first {rows[0].Rss:0} MiB, last {rows[^1].Rss:0} MiB.");
        Console.WriteLine(summary);
        var kinds = string.Join("; ", byKind.OrderBy(k => k.Key).Select(k => FormattableString.Invariant(
            $"{k.Key} p50 {k.Value.Percentile(50):0.0} / p99 {k.Value.Percentile(99):0.0} ms ({k.Value.Count})")));
        Console.WriteLine("Over the whole run: " + kinds);
        if (options.Get("out") is { } path)
        {
            var table = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Machine: {MachineInfo.Describe()}  ")
                .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project src/Bronbank.Tools -- soak {string.Join(' ', args)}`")
                .AppendLine()
                .AppendLine("| minute | requests | errors | p50 (ms) | p99 (ms) | RSS (MiB) |")
                .AppendLine("|---|---|---|---|---|---|");
            foreach (var r in rows) table.AppendLine(FormattableString.Invariant($"| {r.Minute} | {r.Requests} | {r.Errors} | {r.P50:0.0} | {r.P99:0.0} | {r.Rss:0} |"));
            table.AppendLine().AppendLine(summary).AppendLine().AppendLine("Over the whole run: " + kinds);
            await File.WriteAllTextAsync(path, table.ToString());
        }
        return totalErrors == 0 ? 0 : 1;
    }

    private static Task<HttpResponseMessage> SendOneAsync(HttpClient http, Random random, int client, int clients, List<Guid> requests, List<Guid> volunteers,
        List<GeneratedRequest> generated, DutchDataGenerator generator)
    {
        var dice = random.Next(100);
        if (dice < 45) return http.GetAsync($"/api/v1/requests/{requests[random.Next(requests.Count)]}/candidates?limit=10");
        if (dice < 65)
        {
            var words = generated[random.Next(generated.Count)].Question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return http.GetAsync($"/api/v1/volunteers/search?q={Uri.EscapeDataString(words[random.Next(words.Length)])}&limit=20");
        }
        if (dice < 80) return http.GetAsync($"/api/v1/volunteers/{volunteers[random.Next(volunteers.Count)]}");
        if (dice < 95)
        {
            var v = generator.Volunteers(1 + random.Next(500)).Last();
            // Each client edits its own share of the profiles, as staff members each edit their own intakes: two
            // saves of one profile at the same instant are a 409 by design, not a fault the soak looks for.
            var mine = volunteers.Where((_, i) => i % clients == client).ToList();
            return http.PutAsJsonAsync($"/api/v1/volunteers/{mine[random.Next(mine.Count)]}", new
            {
                name = v.Name, neighbourhood = v.Neighbourhood, buurthuis = v.Buurthuis, passions = v.Passions, talents = v.Talents, about = v.About,
                availability = v.Availability, languages = v.Languages, maxMatches = v.MaxMatches, active = true,
            });
        }
        var r = generated[random.Next(generated.Count)];
        return http.PostAsJsonAsync("/api/v1/requests", new { question = r.Question, neighbourhood = r.Neighbourhood, availability = r.Availability, languages = r.Languages });
    }

    private static string Kind(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        return request.Method.Method switch
        {
            "PUT" => "profile update",
            "POST" => "new request",
            _ when path.EndsWith("/candidates", StringComparison.Ordinal) => "candidates",
            _ when path.EndsWith("/search", StringComparison.Ordinal) => "search",
            _ => "profile read",
        };
    }

}
