using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;

namespace Bronbank.Web.Requests;

public sealed record RequestResponse(
    Guid Id,
    int Version,
    string Question,
    string Neighbourhood,
    IReadOnlyList<string> Availability,
    IReadOnlyList<string> Languages,
    string? ResidentRef,
    string Status,
    string? Theme,
    bool ThemeCorrected,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    Guid? SignalId);

/// <summary>The body of <c>PUT /api/v1/requests/{id}/theme</c>.</summary>
public sealed record ThemeCorrection(string? Theme);

public static class RequestMapping
{
    public static RequestResponse AsResponse(this HelpRequest r) => new(
        r.Id, r.Version, r.Question, r.Neighbourhood, r.Availability, r.Languages, r.ResidentRef, r.Status.ToWire(), r.Theme, r.ThemeCorrected, r.CreatedAt, r.UpdatedAt, r.SignalId);
}
