namespace Bronbank.Matching.Ranking;

/// <summary>Dutch names of the languages spoken in Dutch neighbourhoods, for reasons people read.</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nl"] = "Nederlands", ["en"] = "Engels", ["ar"] = "Arabisch", ["zgh"] = "Tamazight", ["ber"] = "Berbers", ["tr"] = "Turks",
        ["pl"] = "Pools", ["so"] = "Somalisch", ["ti"] = "Tigrinya", ["am"] = "Amhaars", ["uk"] = "Oekraïens", ["ru"] = "Russisch",
        ["fa"] = "Perzisch", ["prs"] = "Dari", ["ps"] = "Pasjtoe", ["ku"] = "Koerdisch", ["pap"] = "Papiaments", ["srn"] = "Sranantongo",
        ["fr"] = "Frans", ["de"] = "Duits", ["es"] = "Spaans", ["pt"] = "Portugees", ["it"] = "Italiaans", ["ro"] = "Roemeens",
        ["bg"] = "Bulgaars", ["hu"] = "Hongaars", ["zh"] = "Chinees", ["hi"] = "Hindi", ["ur"] = "Urdu", ["bs"] = "Bosnisch",
        ["hr"] = "Kroatisch", ["sr"] = "Servisch", ["sq"] = "Albanees", ["el"] = "Grieks", ["vi"] = "Vietnamees", ["fy"] = "Fries",
    };

    public static string Of(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
