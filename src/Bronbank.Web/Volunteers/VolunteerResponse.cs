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
    ConsentResponse Consent,
    DateTimeOffset? ReviewRequestedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Conditions,
    DateOnly? PausedUntil,
    DateOnly? IntakeOn,
    string? IntakeBy);

/// <summary>Consent in force; <c>recordedBy</c> is the id of the staff member who recorded it.</summary>
public sealed record ConsentResponse(bool Matching, bool Boards, DateTimeOffset? RecordedAt, string? RecordedBy);

public static class VolunteerMapping
{
    /// <summary>The profile as answered; <paramref name="withContact"/> false leaves out e-mail and phone (see <see cref="ContactDetailRule"/>).</summary>
    public static VolunteerResponse AsResponse(this Volunteer v, bool withContact = true) => new(
        v.Id, v.Version, v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents, v.About, v.Availability,
        v.Languages, v.MaxMatches, v.Active, withContact ? v.Email : null, withContact ? v.Phone : null, v.ExternalKey, v.Consent.AsResponse(), v.ReviewRequestedAt, v.CreatedAt, v.UpdatedAt,
        v.Conditions, v.PausedUntil, v.IntakeOn, v.IntakeBy);

    public static ConsentResponse AsResponse(this ConsentRecord? c) =>
        c is null ? new(false, false, null, null) : new(c.Matching, c.Boards, c.RecordedAt, c.RecordedBy);
}
