namespace Bronbank.Matching.Tests.Ranking;

/// <summary>A volunteer index in a temporary folder, with terse builders for volunteers and requests.</summary>
public sealed class TempIndex : IDisposable
{
    public static readonly GeoPoint Zuilen = new(52.1080, 5.0900);
    public static readonly GeoPoint Ondiep = new(52.1035, 5.1040);
    public static readonly GeoPoint Vleuten = new(52.1075, 5.0130);

    public TempIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bronbank-matching-{Guid.NewGuid():N}");
        Index = VolunteerIndex.Open(Path);
    }

    public string Path { get; }
    public VolunteerIndex Index { get; private set; }

    public static VolunteerDocument Volunteer(string name, string[] passions, GeoPoint? at = null, string[]? talents = null, string? about = null,
        string[]? availability = null, string[]? languages = null, int maxMatches = 2, int activeMatches = 0, bool active = true, bool consent = true,
        bool matchedBefore = false, string area = "Zuilen") =>
        new(Guid.NewGuid(), name, area, null, passions, talents ?? [], about, availability ?? ["di-ochtend"], languages ?? ["nl"],
            at ?? Zuilen, maxMatches, activeMatches, matchedBefore, active, consent);

    public static CandidateQuery Request(string text, GeoPoint? at = null, string[]? availability = null, string[]? languages = null) =>
        new(text, "Zuilen", at ?? Zuilen, availability ?? [], languages ?? ["nl"], 10);

    public List<Guid> Rank(CandidateQuery query) => [.. Index.FindCandidates(query).Select(c => c.VolunteerId)];

    public void Add(params VolunteerDocument[] volunteers)
    {
        foreach (var v in volunteers) Index.Upsert(v);
        Index.Refresh();
    }

    public void Reopen()
    {
        Index.Dispose();
        Index = VolunteerIndex.Open(Path);
    }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}
