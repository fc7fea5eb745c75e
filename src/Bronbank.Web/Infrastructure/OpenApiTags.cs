namespace Bronbank.Web.Infrastructure;

/// <summary>What each group of the API is for, as the OpenAPI document's tag descriptions say.</summary>
internal static class OpenApiTags
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Areas"] = "The wijken and buurten of the municipality, with coordinates for distances.",
        ["Buurthuizen"] = "The buurthuizen (community centres) where activities happen and whose boards see their pool.",
        ["Candidates"] = "Volunteers ranked for a help request, each with the reasons, and free search of the pool.",
        ["Health"] = "Liveness and readiness of this instance, for a proxy or Kubernetes.",
        ["Help requests"] = "What a resident needs (hulpvraag), typed by a coordinator; no resident names.",
        ["Index"] = "This instance's search index and how far it follows the change feed.",
        ["Insights"] = "Figures per area and theme for team leads: no personal data.",
        ["Matches"] = "Proposing, confirming, declining and ending a pairing of volunteer and request, with its history.",
        ["Pools"] = "A buurthuis board's view of its own volunteer pool, without contact details.",
        ["Privacy"] = "Subject export, the audit trail and retention.",
        ["Reports"] = "The wijk report, as JSON or Excel.",
        ["Signals"] = "Early signals (vroegsignalering): a worry with an owner and a follow-up date.",
        ["Spreekuur"] = "Walk-in visits at the inloopspreekuur, without names, and the organisations visitors are sent to.",
        ["Users"] = "Users, their roles and API keys (admin).",
        ["Volunteers"] = "Volunteer profiles with consent, and their import and export.",
    };

    public static string Describe(string tag) => Descriptions.TryGetValue(tag, out var description) ? description : $"The {tag} endpoints.";
}
