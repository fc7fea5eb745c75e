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

    // The taxonomy's domains vote too, at half a concept's weight: "de staande klok loopt niet meer" is a job
    // for the handyman (techniek) even when no concept of a theme is named.
    private static readonly Dictionary<string, string> ByDomain = new(StringComparer.Ordinal)
    {
        ["_d_geld"] = "geld en schulden",
        ["_d_administratie"] = "formulieren en post",
        ["_d_werk"] = "formulieren en post",
        ["_d_digitaal"] = "digitale hulp",
        ["_d_gezelschap"] = "eenzaamheid en gezelschap",
        ["_d_vervoer"] = "vervoer",
        ["_d_boodschappen"] = "boodschappen",
        ["_d_taal"] = "taal",
        ["_d_klussen"] = "klussen",
        ["_d_techniek"] = "klussen",
        ["_d_tuin"] = "klussen",
        ["_d_huishouden"] = "klussen",
        ["_d_school"] = "opvoeding en huiswerk",
        ["_d_kinderen"] = "opvoeding en huiswerk",
        ["_d_mantelzorg"] = "gezondheid en zorg",
        ["_d_gezondheid"] = "gezondheid en zorg",
    };

    public static string Classify(string? question)
    {
        var votes = TextAnalysis.Terms(question)
            .Select(t => ByConcept.TryGetValue(t, out var theme) ? (Theme: theme, Weight: 1.0)
                : ByDomain.TryGetValue(t, out theme) ? (Theme: theme, Weight: 0.5) : (Theme: (string?)null, Weight: 0))
            .Where(v => v.Theme is not null)
            .GroupBy(v => v.Theme!)
            .Select(g => (Theme: g.Key, Votes: g.Sum(v => v.Weight)))
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
