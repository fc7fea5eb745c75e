using System.Text.RegularExpressions;
using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// What the ranking needs to know of a request beyond its words: can the need be met from a distance
/// (by phone or online), or only in person?
/// </summary>
internal sealed partial record NeedProfile(HashSet<string> Terms, double RemoteFit)
{
    // Needs that are usually met well by phone or online: paperwork, money, job applications, practising a
    // language, writing. Everything else (lifts, walks, shopping, odd jobs, care...) is mainly in person.
    private static readonly string[] RemoteFriendly = ["_administratie", "_geld", "_werk_zoeken", "_taal", "_schrijven", "_telefoon_contact"];

    [GeneratedRegex(@"\b(online|telefonisch|(op)?bellen|belt|op afstand|via (de |het )?(laptop|computer|telefoon|internet|mail))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteSaid();

    public static NeedProfile Of(string text)
    {
        var terms = TextAnalysis.Terms(text).Take(256).ToHashSet(StringComparer.Ordinal);
        var remoteFit = RemoteSaid().IsMatch(text) ? 1.0
            : RemoteFriendly.Any(terms.Contains) ? 0.85
            : 0.6;
        return new NeedProfile(terms, remoteFit);
    }
}
