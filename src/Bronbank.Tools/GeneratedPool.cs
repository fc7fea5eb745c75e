using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bronbank.DataGen;
using Bronbank.Tools.Bench;

namespace Bronbank.Tools;

/// <summary>Loads generated volunteers into a running Bronbank through its public API, the way an organisation imports its file.</summary>
public static class GeneratedPool
{
    /// <summary>
    /// Registers the generated buurthuizen (a volunteer's buurthuis must be a registered one), then imports the
    /// volunteers as CSV, 5,000 per call. Fails when the service turns any row down: a benchmark on a pool
    /// smaller than it says would measure the wrong thing.
    /// </summary>
    public static async Task LoadAsync(HttpClient http, IEnumerable<GeneratedVolunteer> volunteers, IReadOnlyList<GeneratedArea> areas, Progress? progress = null)
    {
        var known = JsonNode.Parse(await http.GetStringAsync("/api/v1/buurthuizen"))!.AsArray()
            .Select(b => b!["name"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var buurthuizen = DutchDataGenerator.Buurthuizen;
        for (var i = 0; i < buurthuizen.Count; i++)
        {
            if (known.Contains(buurthuizen[i])) continue;
            using var created = await http.PostAsJsonAsync("/api/v1/buurthuizen", new { name = buurthuizen[i], area = areas[i % areas.Count].Name });
            created.EnsureSuccessStatusCode();
        }
        foreach (var chunk in volunteers.Chunk(5000))
        {
            using var response = await http.PostAsync("/api/v1/volunteers/import", new StringContent(BenchCommand.Csv(chunk), Encoding.UTF8, "text/csv"));
            response.EnsureSuccessStatusCode();
            var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var rejected = report["rejected"]!.AsArray();
            if (rejected.Count > 0)
                throw new InvalidOperationException($"The import turned down {rejected.Count} of {chunk.Length} rows, the first: {rejected[0]!.ToJsonString()}");
            progress?.Advance(chunk.Length);
        }
    }
}
