using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bronbank.Matching.Evaluation;

namespace Bronbank.Tools;

/// <summary>
/// Puts a relevance data set into a running Bronbank through its public API, asks both engines for each
/// request's top 10, and scores them. Volunteers keep their data set key as <c>externalKey</c>.
/// </summary>
public sealed class EvalClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(EvalFigures Bronbank, EvalFigures Baseline)> RunAsync(EvalDataSet data, bool allowExisting, CancellationToken ct = default)
    {
        var existing = (await GetAsync("/api/v1/volunteers?pageSize=1", ct))["total"]!.GetValue<long>();
        if (existing > 0 && !allowExisting)
            throw new InvalidOperationException($"The instance already holds {existing} volunteers, which would mix with the data set; use an empty instance or --allow-existing.");

        await MergeAreasAsync(data, ct);
        await RegisterBuurthuizenAsync(data, ct);
        var keys = new Dictionary<Guid, string>();
        foreach (var v in data.Volunteers)
        {
            var body = new
            {
                name = v.Name, neighbourhood = v.Neighbourhood, buurthuis = v.Buurthuis, passions = v.Passions, talents = v.Talents,
                about = v.About, availability = v.Availability, languages = v.Languages, maxMatches = Math.Clamp(v.MaxMatches, 1, 10),
                active = v.Active, externalKey = v.Key, consent = new { matching = true, boards = true },
            };
            var created = await SendAsync(HttpMethod.Post, "/api/v1/volunteers", body, ct);
            keys[created["id"]!.GetValue<Guid>()] = v.Key;
        }

        var ours = new List<RankedRequest>();
        var baseline = new List<RankedRequest>();
        foreach (var r in data.Requests)
        {
            var request = await SendAsync(HttpMethod.Post, "/api/v1/requests",
                new { question = r.Question, neighbourhood = r.Neighbourhood, availability = r.Availability, languages = r.Languages }, ct);
            var id = request["id"]!.GetValue<Guid>();
            ours.Add(new RankedRequest(r, await RankedAsync($"/api/v1/requests/{id}/candidates?limit=10", keys, ct)));
            baseline.Add(new RankedRequest(r, await RankedAsync($"/api/v1/requests/{id}/candidates?limit=10&engine=baseline", keys, ct)));
        }
        return (RankingMetrics.Summarise(ours, data.Volunteers), RankingMetrics.Summarise(baseline, data.Volunteers));
    }

    /// <summary>The data set's areas join the instance's, with the data set's coordinates where names coincide.</summary>
    private async Task MergeAreasAsync(EvalDataSet data, CancellationToken ct)
    {
        var current = JsonNode.Parse(await http.GetStringAsync("/api/v1/areas", ct))!.AsArray()
            .Select(a => new EvalArea(a!["name"]!.GetValue<string>(), a["wijk"]!.GetValue<string>(), a["lat"]!.GetValue<double>(), a["lon"]!.GetValue<double>()));
        var merged = data.Areas.Concat(current.Where(a => !data.Areas.Any(d => string.Equals(d.Name, a.Name, StringComparison.OrdinalIgnoreCase)))).ToList();
        using var response = await http.PutAsJsonAsync("/api/v1/areas", merged, Json, ct);
        await EnsureAsync(response, ct);
    }

    /// <summary>A volunteer's buurthuis must be a registered one: the data set's are registered first, in the area most of their volunteers live in.</summary>
    private async Task RegisterBuurthuizenAsync(EvalDataSet data, CancellationToken ct)
    {
        var known = JsonNode.Parse(await http.GetStringAsync("/api/v1/buurthuizen", ct))!.AsArray()
            .Select(b => b!["name"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in data.Volunteers.Where(v => !string.IsNullOrWhiteSpace(v.Buurthuis)).GroupBy(v => v.Buurthuis!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            if (known.Contains(group.Key)) continue;
            var area = group.GroupBy(v => v.Neighbourhood).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            await SendAsync(HttpMethod.Post, "/api/v1/buurthuizen", new { name = group.Key, area }, ct);
            known.Add(group.Key);
        }
    }

    private async Task<List<string>> RankedAsync(string url, Dictionary<Guid, string> keys, CancellationToken ct) =>
        [.. (await GetAsync(url, ct))["candidates"]!.AsArray().Select(c => keys.GetValueOrDefault(c!["volunteerId"]!.GetValue<Guid>(), "?"))];

    private async Task<JsonObject> GetAsync(string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        await EnsureAsync(response, ct);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!.AsObject();
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string url, object body, CancellationToken ct)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Json) }, ct);
        await EnsureAsync(response, ct);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!.AsObject();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
