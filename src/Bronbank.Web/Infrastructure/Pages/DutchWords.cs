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

    /// <summary>The code for a language written as its Dutch name ("Somalisch" → so); anything else is returned as it is, for the validation to judge.</summary>
    public static string LanguageCode(string nameOrCode) =>
        LanguageCodes.DutchNames.FirstOrDefault(l => l.Value.Equals(nameOrCode.Trim(), StringComparison.OrdinalIgnoreCase)).Key ?? nameOrCode;

    public static string Languages(IEnumerable<string> codes) => string.Join(", ", codes.Select(Language));

    public static string Yes(bool value) => value ? "ja" : "nee";

    private static readonly System.Globalization.CultureInfo Nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Nl);

    public static readonly (CheckInState Value, string Label)[] CheckIns =
        [(CheckInState.GoingWell, "loopt goed"), (CheckInState.NotGoingWell, "loopt niet"), (CheckInState.Stopped, "gestopt")];

    public static string Of(CheckInState state) => CheckIns.First(c => c.Value == state).Label;

    public static readonly (RequestSource Value, string Label)[] Sources =
        [(RequestSource.WalkIn, "inloopspreekuur"), (RequestSource.GeneralPractitioner, "huisarts"), (RequestSource.DistrictTeam, "wijkteam"),
         (RequestSource.Resident, "buurtbewoner zelf"), (RequestSource.PartnerOrganisation, "partnerorganisatie")];

    public static string Of(RequestSource source) => Sources.First(s => s.Value == source).Label;

    public static readonly (RequestClosure Value, string Label)[] Closures =
        [(RequestClosure.Helped, "geholpen"), (RequestClosure.NoLongerNeeded, "niet meer nodig"), (RequestClosure.Referred, "doorverwezen"),
         (RequestClosure.NoVolunteerFound, "geen vrijwilliger gevonden"), (RequestClosure.Other, "anders")];

    public static string Of(RequestClosure closure) => Closures.First(c => c.Value == closure).Label;
}
