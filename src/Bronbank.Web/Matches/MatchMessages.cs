using Bronbank.Web.Infrastructure;

namespace Bronbank.Web.Matches;

/// <summary>What a coordinator reads when the match service refuses a step.</summary>
public static class MatchMessages
{
    public static string Refused(Failure failure) => failure.Kind switch
    {
        FailureKind.NotFound => "Deze koppeling, vrijwilliger of hulpvraag bestaat niet meer.",
        _ when failure.Detail.Contains("capacity", StringComparison.OrdinalIgnoreCase) => "Deze vrijwilliger heeft geen ruimte meer voor nog een koppeling.",
        _ => "Dat kan niet in de huidige stand van deze koppeling.",
    };
}
