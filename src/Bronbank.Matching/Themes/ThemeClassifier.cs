using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Themes;

/// <summary>
/// Groups help requests into themes by meaning, reusing the matcher's analysis: the concepts a request's
/// words carry vote for a theme; the theme with most votes wins, "overig" when none does.
/// </summary>
public static class ThemeClassifier
{
    public const string Other = "overig";

    /// <summary>The themes a team lead reads, in the order that breaks ties.</summary>
    public static readonly IReadOnlyList<string> All =
        ["geld en schulden", "formulieren en post", "digitale hulp", "eenzaamheid en gezelschap", "vervoer", "boodschappen", "taal",
         "klussen", "opvoeding en huiswerk", "gezondheid en zorg", Other];

    private static readonly Dictionary<string, string> ByConcept = new(StringComparer.Ordinal)
    {
        ["_geld"] = "geld en schulden",
        ["_administratie"] = "formulieren en post",
        ["_werk_zoeken"] = "formulieren en post",
        ["_digitaal"] = "digitale hulp",
        ["_gezelschap"] = "eenzaamheid en gezelschap",
        ["_telefoon_contact"] = "eenzaamheid en gezelschap",
        ["_wandelen"] = "eenzaamheid en gezelschap",
        ["_vervoer"] = "vervoer",
        ["_boodschappen"] = "boodschappen",
        ["_taal"] = "taal",
        ["_klussen"] = "klussen",
        ["_tuin"] = "klussen",
        ["_fiets_repareren"] = "klussen",
        ["_huiswerk"] = "opvoeding en huiswerk",
        ["_lezen_oefenen"] = "opvoeding en huiswerk",
        ["_kinderen_opvang"] = "opvoeding en huiswerk",
        ["_dementie"] = "gezondheid en zorg",
        ["_mantelzorg"] = "gezondheid en zorg",
        ["_begeleiden_afspraak"] = "gezondheid en zorg",
        ["_rolstoel"] = "gezondheid en zorg",
    };

    public static string Classify(string? question)
    {
        var votes = TextAnalysis.Terms(question)
            .Where(ByConcept.ContainsKey)
            .GroupBy(t => ByConcept[t])
            .Select(g => (Theme: g.Key, Votes: g.Count()))
            .OrderByDescending(v => v.Votes)
            .ThenBy(v => All.IndexOf(v.Theme))
            .FirstOrDefault();
        return votes.Theme ?? Other;
    }

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return int.MaxValue;
    }
}
