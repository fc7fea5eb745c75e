using System.Text.Json;

namespace Bronbank.Matching.Evaluation;

public sealed record EvalArea(string Name, string Wijk, double Lat, double Lon);

public sealed record EvalVolunteer(
    string Key, string Name, string Neighbourhood, string? Buurthuis, List<string> Passions, List<string> Talents, string? About,
    List<string> Availability, List<string> Languages, int MaxMatches, bool Active);

public sealed record EvalRequest(
    string Key, string Neighbourhood, string Question, List<string> Availability, List<string> Languages, Dictionary<string, int> Relevant);

/// <summary>A relevance data set in the format of <c>shared/eval</c>: areas, volunteers and labelled requests.</summary>
public sealed record EvalDataSet(IReadOnlyList<EvalArea> Areas, IReadOnlyList<EvalVolunteer> Volunteers, IReadOnlyList<EvalRequest> Requests)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EvalDataSet Load(string directory)
    {
        var areas = JsonSerializer.Deserialize<List<EvalArea>>(File.ReadAllText(Path.Combine(directory, "areas.json")), Json)
            ?? throw new InvalidDataException("areas.json is empty");
        return new EvalDataSet(areas, Lines<EvalVolunteer>(Path.Combine(directory, "volunteers.jsonl")), Lines<EvalRequest>(Path.Combine(directory, "requests.jsonl")));
    }

    public GeoPoint? Locate(string area) =>
        Areas.FirstOrDefault(a => string.Equals(a.Name, area, StringComparison.OrdinalIgnoreCase)) is { } found ? new GeoPoint(found.Lat, found.Lon) : null;

    private static List<T> Lines<T>(string path) =>
        [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonSerializer.Deserialize<T>(l, Json)!)];
}
