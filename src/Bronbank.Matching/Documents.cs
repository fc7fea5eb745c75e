namespace Bronbank.Matching;

/// <summary>A point on the map; distances between area centroids are good enough to tell near from far.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle (haversine) distance in kilometres.</summary>
    public double DistanceKm(GeoPoint other)
    {
        var dLat = ToRadians(other.Lat - Lat);
        var dLon = ToRadians(other.Lon - Lon);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
                (Math.Cos(ToRadians(Lat)) * Math.Cos(ToRadians(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>A volunteer as the index needs it: what they love and are good at, and the practical side.</summary>
public sealed record VolunteerDocument(
    Guid Id, string Name, string Neighbourhood, string? Buurthuis,
    IReadOnlyList<string> Passions, IReadOnlyList<string> Talents, string? About,
    IReadOnlyList<string> Availability, IReadOnlyList<string> Languages,
    GeoPoint? Location, int MaxMatches, int ActiveMatches, bool HasEverBeenMatched, bool Active, bool ConsentMatching);

/// <summary>A resident's help request to rank volunteers for. An empty availability means flexible.</summary>
public sealed record CandidateQuery(
    string Text, string? Neighbourhood, GeoPoint? Location,
    IReadOnlyList<string> Availability, IReadOnlyList<string> Languages, int Limit = 10);

/// <summary>Free search of the pool ("schaken Zuilen"); filters are exact, an empty text lists by filters only.</summary>
public sealed record PoolSearch(string? Text, string? Neighbourhood, string? DayPart, string? Language, string? Buurthuis, int Limit = 20);

public sealed record Candidate(Guid VolunteerId, string Name, string Neighbourhood, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>Why a volunteer is suggested; <c>Text</c> is Dutch, for people.</summary>
public sealed record Reason(string Kind, string Text);

public enum IndexHealth
{
    Ok,
    Missing,
    Corrupt,
    AnalyzerMismatch,
}
