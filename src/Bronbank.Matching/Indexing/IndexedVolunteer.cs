using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Indexing;

/// <summary>
/// What the ranking needs of one volunteer, held in memory beside the Lucene index so that filtering and
/// reranking never read stored fields: availability as a bit mask, languages, location and capacity.
/// </summary>
internal sealed class IndexedVolunteer
{
    private Analysed? _analysed;

    public IndexedVolunteer(VolunteerDocument document) : this(document, compact: false)
    {
    }

    /// <param name="document">The profile.</param>
    /// <param name="compact">Whether its short strings are the shared copies already (as <see cref="ProfileCodec.Decode"/> makes them).</param>
    public IndexedVolunteer(VolunteerDocument document, bool compact)
    {
        Document = compact ? document : SharedStrings.Compact(document);
        AvailabilityMask = DayPartMask.Of(document.Availability);
        Languages = LowerCaseCodes(document.Languages);
        LanguageMask = LanguageBits.Of(Languages);
        IsRemote = RemoteHelp.Offers(document);
    }

    public VolunteerDocument Document { get; }

    public int AvailabilityMask { get; }
    /// <summary>The language codes in lower case (an array: a set per volunteer cost more memory than it saved time).</summary>
    public string[] Languages { get; }

    /// <summary>The languages as bits (see <see cref="LanguageBits"/>), so the language rule costs one AND per candidate.</summary>
    public ulong LanguageMask { get; }

    /// <summary>Whether this volunteer speaks one of the request's languages.</summary>
    public bool SharesLanguage(ulong requestMask, HashSet<string> requestLanguages) =>
        (LanguageMask & requestMask & ~LanguageBits.Overflow) != 0
        || ((LanguageMask & requestMask & LanguageBits.Overflow) != 0 && Languages.Any(requestLanguages.Contains));
    public bool IsRemote { get; }

    /// <summary>Passions and talents with their analysed terms, to say which of them matched.</summary>
    public IReadOnlyList<AnalysedPhrase> Phrases => Analyse().Phrases;

    /// <summary>The sentences of the "about" text with their analysed terms, to quote the one that matched.</summary>
    public IReadOnlyList<AnalysedPhrase> AboutSentences => Analyse().AboutSentences;

    /// <summary>
    /// Analysed the first time this volunteer's reasons are written, then kept: at 100,000 volunteers,
    /// analysing everyone up front cost seconds at start and hundreds of megabytes for profiles never shown.
    /// Two threads may both analyse at once; the results are equal and either is kept.
    /// </summary>
    private Analysed Analyse() => _analysed ??= new Analysed(
        [.. Document.Passions.Select(p => (p, "passion")).Concat(Document.Talents.Select(t => (t, "talent")))
            .Select(x => new AnalysedPhrase(x.Item1, x.Item2, [.. TextAnalysis.Terms(x.Item1)]))],
        [.. (Document.About ?? "").Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => new AnalysedPhrase(s, "about", [.. TextAnalysis.Terms(s)]))]);

    private sealed record Analysed(IReadOnlyList<AnalysedPhrase> Phrases, IReadOnlyList<AnalysedPhrase> AboutSentences);

    public bool CanBeCandidate => Document.Active && Document.ConsentMatching && Document.ActiveMatches < Document.MaxMatches;

    public int FreePlaces => Math.Max(0, Document.MaxMatches - Document.ActiveMatches);

    /// <summary>The distinct codes in lower case, shared; a loop rather than LINQ, since every profile passes here at open.</summary>
    private static string[] LowerCaseCodes(IReadOnlyList<string> languages)
    {
        if (languages.Count == 0) return [];
        var codes = new string[languages.Count];
        var count = 0;
        foreach (var language in languages)
        {
            var code = SharedStrings.Of(language.ToLowerInvariant())!;
            if (Array.IndexOf(codes, code, 0, count) < 0) codes[count++] = code;
        }
        return count == codes.Length ? codes : codes[..count];
    }
}

/// <summary>
/// A bit per language code, handed out as codes are first seen. Past 63 codes every further one shares the
/// last bit, which then sends the check to the sets themselves.
/// </summary>
internal static class LanguageBits
{
    public const ulong Overflow = 1UL << 63;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Bits = new(StringComparer.Ordinal);

    public static ulong Of(IEnumerable<string> lowerCaseCodes)
    {
        ulong mask = 0;
        foreach (var code in lowerCaseCodes)
        {
            if (!Bits.TryGetValue(code, out var bit))
            {
                // Handed out under a lock, so two new codes never get the same bit.
                lock (Bits)
                {
                    if (!Bits.TryGetValue(code, out bit))
                    {
                        bit = Math.Min(Bits.Count, 63);
                        Bits[code] = bit;
                    }
                }
            }
            mask |= 1UL << bit;
        }
        return mask;
    }
}

internal sealed record AnalysedPhrase(string Text, string Kind, HashSet<string> Terms);

/// <summary>
/// The 21 day-parts as bits, so "do they share a day-part?" is one AND. The day-parts themselves, and
/// their order, are the domain's (<see cref="Bronbank.Domain.Validation.DayParts"/>): bit n is <c>All[n]</c>.
/// </summary>
internal static class DayPartMask
{
    private static readonly IReadOnlyList<string> All = Bronbank.Domain.Validation.DayParts.All;
    private static readonly Dictionary<string, int> Bits =
        All.Select((token, bit) => (token, bit)).ToDictionary(x => x.token, x => x.bit, StringComparer.OrdinalIgnoreCase);

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

    public static int BitOf(string token) => Bits.TryGetValue(token, out var bit) ? bit : -1;

    public static IEnumerable<string> Tokens(int mask)
    {
        for (var bit = 0; bit < All.Count; bit++)
        {
            if ((mask & (1 << bit)) != 0) yield return All[bit];
        }
    }
}

/// <summary>Volunteers who help only by phone or online say so (words in <c>remote.txt</c>); distance does not hold them back.</summary>
internal static class RemoteHelp
{
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create([.. WordLists.RemoteInProfile], StringComparison.OrdinalIgnoreCase);

    public static bool Offers(VolunteerDocument document)
    {
        foreach (var talent in document.Talents) if (talent.AsSpan().ContainsAny(Words)) return true;
        foreach (var passion in document.Passions) if (passion.AsSpan().ContainsAny(Words)) return true;
        return false;
    }
}
