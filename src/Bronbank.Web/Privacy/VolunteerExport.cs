using Bronbank.Web.Matches;
using Bronbank.Web.Volunteers;

namespace Bronbank.Web.Privacy;

/// <summary>Everything Bronbank holds about one volunteer, for a subject access request.</summary>
public sealed record VolunteerExport(
    VolunteerResponse Profile,
    IReadOnlyList<ConsentResponse> ConsentHistory,
    int ActiveMatches,
    IReadOnlyList<MatchResponse> Matches,
    DateTimeOffset ExportedAt);
