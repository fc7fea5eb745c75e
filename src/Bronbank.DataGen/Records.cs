namespace Bronbank.DataGen;

public sealed record GeneratedArea(string Name, string Wijk, double Lat, double Lon);

public sealed record GeneratedVolunteer(
    string ExternalKey, string Name, string Neighbourhood, string? Buurthuis,
    IReadOnlyList<string> Passions, IReadOnlyList<string> Talents, string About, IReadOnlyList<string> Availability,
    IReadOnlyList<string> Languages, int MaxMatches, bool Active, string? Email, string? Phone);

public sealed record GeneratedRequest(
    string ExternalKey, string Question, string Neighbourhood, IReadOnlyList<string> Availability,
    IReadOnlyList<string> Languages, string ResidentRef, DateTimeOffset CreatedAt, string Theme);
