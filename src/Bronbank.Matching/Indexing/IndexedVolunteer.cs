using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Indexing;

/// <summary>
/// What the ranking needs of one volunteer, held in memory beside the Lucene index so that filtering and
/// reranking never read stored fields: availability as a bit mask, languages, location and capacity.
/// </summary>
internal sealed class IndexedVolunteer
{
    public IndexedVolunteer(VolunteerDocument document)
    {
        Document = document;
        AvailabilityMask = DayPartMask.Of(document.Availability);
        Languages = [.. document.Languages.Select(l => l.ToLowerInvariant())];
        IsRemote = RemoteHelp.Offers(document);
        Phrases = [.. document.Passions.Select(p => (p, "passion")).Concat(document.Talents.Select(t => (t, "talent")))
            .Select(x => new AnalysedPhrase(x.Item1, x.Item2, [.. TextAnalysis.Terms(x.Item1)]))];
        AboutSentences = [.. (document.About ?? "").Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => new AnalysedPhrase(s, "about", [.. TextAnalysis.Terms(s)]))];
    }

    /// <summary>The sentences of the "about" text, analysed once here so that writing reasons costs no analysis per query.</summary>
    public IReadOnlyList<AnalysedPhrase> AboutSentences { get; }

    public VolunteerDocument Document { get; }
    public int AvailabilityMask { get; }
    public HashSet<string> Languages { get; }
    public bool IsRemote { get; }

    /// <summary>Passions and talents with their analysed terms, to say which of them matched.</summary>
    public IReadOnlyList<AnalysedPhrase> Phrases { get; }

    public bool CanBeCandidate => Document.Active && Document.ConsentMatching && Document.ActiveMatches < Document.MaxMatches;

    public int FreePlaces => Math.Max(0, Document.MaxMatches - Document.ActiveMatches);
}

internal sealed record AnalysedPhrase(string Text, string Kind, HashSet<string> Terms);

/// <summary>The 21 day-parts as bits, so "do they share a day-part?" is one AND.</summary>
internal static class DayPartMask
{
    private static readonly string[] Days = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    private static readonly string[] Parts = ["ochtend", "middag", "avond"];

    public static int Of(IEnumerable<string> dayParts)
    {
        var mask = 0;
        foreach (var token in dayParts)
        {
            var bit = BitOf(token);
            if (bit >= 0) mask |= 1 << bit;
        }
        return mask;
    }

    public static int BitOf(string token)
    {
        var dash = token.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return -1;
        var day = Array.IndexOf(Days, token[..dash].ToLowerInvariant());
        var part = Array.IndexOf(Parts, token[(dash + 1)..].ToLowerInvariant());
        return day < 0 || part < 0 ? -1 : (day * 3) + part;
    }

    public static IEnumerable<string> Tokens(int mask)
    {
        for (var bit = 0; bit < 21; bit++)
        {
            if ((mask & (1 << bit)) != 0) yield return $"{Days[bit / 3]}-{Parts[bit % 3]}";
        }
    }
}

/// <summary>Volunteers who help only by phone or online say so; distance does not hold them back.</summary>
internal static class RemoteHelp
{
    private static readonly string[] Signals = ["telefonisch", "online", "op afstand", "via de telefoon", "via beeldbellen", "videobellen"];

    public static bool Offers(VolunteerDocument document) =>
        document.Talents.Concat(document.Passions).Any(t => Signals.Any(s => t.Contains(s, StringComparison.OrdinalIgnoreCase)));
}
