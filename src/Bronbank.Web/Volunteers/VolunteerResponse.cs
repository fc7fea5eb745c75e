using Bronbank.Domain.Volunteers;

namespace Bronbank.Web.Volunteers;

public sealed record VolunteerResponse(
    Guid Id,
    int Version,
    string Name,
    string Neighbourhood,
    string? Buurthuis,
    IReadOnlyList<string> Passions,
    IReadOnlyList<string> Talents,
    string? About,
    IReadOnlyList<string> Availability,
    IReadOnlyList<string> Languages,
    int MaxMatches,
    bool Active,
    string? Email,
    string? Phone,
    string? ExternalKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public static class VolunteerMapping
{
    public static VolunteerResponse AsResponse(this Volunteer v) => new(
        v.Id, v.Version, v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents, v.About, v.Availability,
        v.Languages, v.MaxMatches, v.Active, v.Email, v.Phone, v.ExternalKey, v.CreatedAt, v.UpdatedAt);
}
