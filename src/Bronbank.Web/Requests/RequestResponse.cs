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
    Guid? SignalId,
    string? Source,
    string? Owner,
    string? Closure,
    string? ClosureNote,
    DateTimeOffset? ClosedAt);

/// <summary>The body of <c>PUT /api/v1/requests/{id}/theme</c>.</summary>
public sealed record ThemeCorrection(string? Theme);

/// <summary>The body of <c>POST /api/v1/requests/{id}/close</c>: how it ended (wire name of a closure), optional.</summary>
public sealed record CloseRequest(string? Outcome, string? Note);

public static class RequestMapping
{
    public static RequestResponse AsResponse(this HelpRequest r) => new(
        r.Id, r.Version, r.Question, r.Neighbourhood, r.Availability, r.Languages, r.ResidentRef, r.Status.ToWire(), r.Theme, r.ThemeCorrected, r.CreatedAt, r.UpdatedAt, r.SignalId,
        r.Source?.ToWire(), r.OwnerId, r.Closure?.ToWire(), r.ClosureNote, r.ClosedAt);
}
