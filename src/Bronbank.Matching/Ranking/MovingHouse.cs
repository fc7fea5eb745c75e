using System.Text.RegularExpressions;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// A resident who moves seldom says "verhuizen": the coordinator writes where they go ("gaat zaterdag over naar een
/// flat", "gaat van haar eengezinswoning naar een kleiner appartement", "gaat bij haar dochter wonen", "moet het huis
/// uit"). Such a sentence names the ask — moving house — in the resident's words, and where they go is only where.
/// Going to a care home to visit someone ("gaat elke dag naar het verpleeghuis, op bezoek bij haar man") is no move.
/// </summary>
internal static class MovingHouse
{
    // A home one lives in, by its head word: "-woning", "-flat", "-appartement", a bare "studio", a "woon-" or "zorgcomplex",
    // and the care homes one moves into. A bare "huis" is left out ("mag naar huis" is coming home from hospital), and
    // so are a "sportcomplex" and a "dansstudio".
    private const string Home =
        @"([\p{L}-]*(woning|flat|appartement|verzorgingshuis|verpleeghuis|bejaardenhuis|tehuis|zorgcentrum|woongroep|hofje|huurhuis|koophuis|rijtjeshuis)|[\p{L}-]*(woon|zorg|senioren|appartementen)complex|studio)(en|s)?";

    // Present and future only: a move told in the past ("ging vorig jaar naar een flat") is the resident's story.
    private const string Going = @"(ga|gaat|gaan|trekt|trekken|moet|moeten|mag|mogen|kan|kunnen|wil|willen)";

    private const string Sentence = @"[^.;!?]";

    private static readonly Regex Said = new(
        $@"\b{Going}\b{Sentence}{{0,60}}?\bnaar\s+([\p{{L}}-]+\s+){{0,3}}?{Home}\b" +
        $@"|\bvan\s+([\p{{L}}-]+\s+){{0,3}}?{Home}\s+naar\b" +
        $@"|\b(ga|gaat|gaan)\b{Sentence}{{0,50}}?\b(wonen|samenwonen)\b" +
        @"|\b(moet|moeten)\s+(het|haar|zijn|hun|de)\s+(huis|woning|flat)\s+uit\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A visit, or a habit, is not a move.
    private static readonly Regex Visiting = new(@"\b(bezoek\w*|op visite|elke|iedere|wekelijks|vaak)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The word the ranking reads in place of a move told in other words.</summary>
    public const string Ask = "verhuizen";

    /// <summary>
    /// <paramref name="text"/> with "verhuizen" in place of each passage that says the resident moves house; the words
    /// of the passage (where they go, from where) are left to the rest of the text.
    /// </summary>
    public static string AsAsk(string text) =>
        text.Contains("naar", StringComparison.OrdinalIgnoreCase) || text.Contains("wonen", StringComparison.OrdinalIgnoreCase) || text.Contains(" uit", StringComparison.OrdinalIgnoreCase)
            ? Said.Replace(text, m => Visiting.IsMatch(SentenceOf(text, m)) ? m.Value : " " + Ask + " ")
            : text;

    private static string SentenceOf(string text, Match m)
    {
        var start = text.LastIndexOfAny(['.', ';', '!', '?'], Math.Max(0, m.Index - 1)) + 1;
        var end = text.IndexOfAny(['.', ';', '!', '?'], m.Index + m.Length);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
