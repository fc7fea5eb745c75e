using System.Globalization;
using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Activities;

/// <summary>The Dutch reasons a coordinator reads beside a suggested activity.</summary>
internal static class ActivityReasons
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<Reason> For(AnalysedActivity entry, ActivityFit fit, IReadOnlyList<string> matchedTerms)
    {
        var d = entry.Document;
        var reasons = new List<Reason>();
        var where = $"{d.Title}, {d.Slot} in {d.BuurthuisName}";
        if (fit.DistanceKm is { } km) where += $", {km.ToString("0.0", Dutch)} km";
        reasons.Add(new Reason("place", where));

        var words = matchedTerms.Where(t => !TextAnalysis.IsConcept(t)).Select(t => entry.WordOf.GetValueOrDefault(t)).OfType<string>()
            .Distinct(StringComparer.Ordinal).Take(5).ToList();
        if (words.Count > 0) reasons.Add(new Reason("words", "past bij: " + string.Join(", ", words)));
        else if (matchedTerms.Count > 0) reasons.Add(new Reason("words", "past bij de vraag naar betekenis"));

        var groups = d.TargetGroups.Where(g => TextAnalysis.Terms(g).Intersect(matchedTerms, StringComparer.Ordinal).Any()).ToList();
        if (groups.Count > 0) reasons.Add(new Reason("targetGroup", "voor " + string.Join(", ", groups)));

        if (!fit.AnyTime) reasons.Add(new Reason("time", fit.TimeFits ? $"kan {d.Slot}" : $"op {d.Slot}, niet op de dagdelen die de bewoner kan"));
        if (fit.SharedLanguage is { } language && language != "nl") reasons.Add(new Reason("language", $"ook in taal: {language}"));
        else if (fit.SharedLanguage is null) reasons.Add(new Reason("language", "in een taal die de bewoner niet opgaf"));
        return reasons;
    }
}
