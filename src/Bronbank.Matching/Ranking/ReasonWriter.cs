using System.Globalization;
using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Says in Dutch why a volunteer is suggested: which passions, talents or words in the "about" text
/// matched (quoted as the volunteer wrote them), where they live, when they can, what they speak.
/// </summary>
internal static class ReasonWriter
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<Reason> For(IndexedVolunteer volunteer, HashSet<string> queryTerms, PracticalFit? fit, HashSet<string> languages)
    {
        var reasons = new List<Reason>();
        var matched = volunteer.Phrases.Where(p => p.Terms.Any(t => !TextAnalysis.IsDomain(t) && queryTerms.Contains(t))).Take(4).ToList();
        foreach (var phrase in matched)
            reasons.Add(new Reason(phrase.Kind, $"{(phrase.Kind == "passion" ? "passie" : "talent")}: {phrase.Text}"));
        // Only a shared domain of the taxonomy: the topic is related, not the same, and the reason says so.
        if (matched.Count == 0)
        {
            foreach (var phrase in volunteer.Phrases.Where(p => p.Terms.Overlaps(queryTerms)).Take(2))
                reasons.Add(new Reason("related", $"verwant: {phrase.Text}"));
        }
        if (AboutQuote(volunteer.AboutSentences, queryTerms) is { } quote) reasons.Add(new Reason("about", $"over: \"{quote}\""));

        var document = volunteer.Document;
        if (volunteer.IsRemote) reasons.Add(new Reason("remote", "helpt telefonisch of online"));
        if (fit is { DistanceKm: { } km } && !volunteer.IsRemote)
            reasons.Add(new Reason("area", $"woont in {document.Neighbourhood} ({km.ToString("0.0", Dutch)} km)"));
        else if (!volunteer.IsRemote) reasons.Add(new Reason("area", $"woont in {document.Neighbourhood}"));
        if (fit is { } f)
        {
            if (f.SharedDayParts.Count > 0) reasons.Add(new Reason("availability", $"kan {string.Join(", ", f.SharedDayParts.Take(3))}"));
            else if (f.FlexibleRequest && volunteer.AvailabilityMask != 0)
                reasons.Add(new Reason("availability", $"kan {string.Join(", ", DayPartMask.Tokens(volunteer.AvailabilityMask).Take(3))}"));
            else reasons.Add(new Reason("availability", "geen gedeeld dagdeel"));
        }
        var shared = volunteer.Languages.Where(languages.Contains).ToList();
        if (shared.Count > 0 && !(shared.Count == 1 && shared[0] == "nl"))
            reasons.Add(new Reason("language", $"spreekt {string.Join(" en ", shared.Select(LanguageNames.Of))}"));
        reasons.Add(new Reason("capacity", document.HasEverBeenMatched
            ? $"ruimte voor {volunteer.FreePlaces} {(volunteer.FreePlaces == 1 ? "koppeling" : "koppelingen")}"
            : "wacht nog op een eerste koppeling"));
        return reasons;
    }

    /// <summary>The sentence of the "about" text that best shares the request's words (a shared word counts more than a shared meaning), shortened.</summary>
    private static string? AboutQuote(IReadOnlyList<AnalysedPhrase> sentences, HashSet<string> queryTerms)
    {
        var best = sentences
            .Select(s => (Sentence: s.Text, Score: s.Terms.Where(t => queryTerms.Contains(t) && !TextAnalysis.IsDomain(t)).Sum(t => TextAnalysis.IsConcept(t) ? 1 : 2)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Select(s => s.Sentence)
            .FirstOrDefault();
        return best is null ? null : best.Length <= 90 ? best : best[..87].TrimEnd() + "…";
    }
}
