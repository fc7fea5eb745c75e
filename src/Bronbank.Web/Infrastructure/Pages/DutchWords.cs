using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Web.Infrastructure;

namespace Bronbank.Web.Infrastructure.Pages;

/// <summary>
/// The Dutch word a person reads for each state, reason, outcome, role and language. The API keeps its
/// English wire names; the pages never show them.
/// </summary>
public static class DutchWords
{
    public static string Of(RequestStatus status) => status switch
    {
        RequestStatus.Open => "open",
        RequestStatus.Proposed => "voorgesteld",
        RequestStatus.Matched => "gekoppeld",
        _ => "gesloten",
    };

    public static string Of(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => "voorgesteld",
        MatchStatus.Active => "actief",
        MatchStatus.Declined => "afgewezen",
        _ => "beëindigd",
    };

    public static readonly (DeclineReason Value, string Label)[] DeclineReasons =
        [(DeclineReason.VolunteerNotAvailable, "vrijwilliger kan niet"), (DeclineReason.ResidentDeclined, "bewoner wil niet"), (DeclineReason.NoClick, "geen klik"), (DeclineReason.Other, "anders")];

    public static readonly (MatchOutcome Value, string Label)[] Outcomes =
        [(MatchOutcome.Completed, "afgerond"), (MatchOutcome.StoppedEarly, "eerder gestopt"), (MatchOutcome.VolunteerStopped, "vrijwilliger gestopt"),
         (MatchOutcome.ResidentMovedOrPassedAway, "bewoner verhuisd of overleden"), (MatchOutcome.Other, "anders")];

    public static string Of(DeclineReason reason) => DeclineReasons.First(r => r.Value == reason).Label;

    public static string Of(MatchOutcome outcome) => Outcomes.First(o => o.Value == outcome).Label;

    public static string Role(string role) => role switch
    {
        Roles.Admin => "beheerder",
        Roles.Staff => "intake",
        Roles.Coordinator => "coördinator",
        Roles.Board => "buurthuisbestuur",
        _ => "onbekende rol",
    };

    /// <summary>The languages offered in the forms, most spoken in Dutch neighbourhoods first (<see cref="LanguageCodes.Offered"/>).</summary>
    public static IReadOnlyList<(string Code, string Name)> CommonLanguages => LanguageCodes.Offered;

    /// <summary>The Dutch name of an ISO 639 code; an unknown code is called what it is rather than shown bare.</summary>
    public static string Language(string code) =>
        LanguageCodes.DutchName(code) ?? $"andere taal ({code})";

    public static string Languages(IEnumerable<string> codes) => string.Join(", ", codes.Select(Language));

    public static string Yes(bool value) => value ? "ja" : "nee";
}
