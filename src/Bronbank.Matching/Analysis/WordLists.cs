using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// The word lists behind the Dutch analysis, read once from the embedded resource files. Lines starting
/// with <c>#</c> are comments; every list's content feeds <see cref="Fingerprint"/>, so changing a list
/// changes the analyzer version and old indexes are rebuilt.
/// </summary>
internal static class WordLists
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Assembly Assembly = typeof(WordLists).Assembly;

    public static readonly CharArraySet StopWords = BuildStopWords();
    public static readonly HashSet<string> NeverSplit = [.. Lines("nosplit.txt")];
    public static readonly IReadOnlyList<(string Stem, string[] Forms)> Stems = [.. Lines("stems.txt").Select(ParseEntry).Select(e => (e.Key, e.Values))];
    /// <summary>Words that describe the resident rather than the ask (see <c>context.txt</c>).</summary>
    public static readonly IReadOnlyList<string> Context = [.. Lines("context.txt")];

    /// <summary>Persons and households a people's adjective can describe ("Spaans gezin"; see <c>people.txt</c>).</summary>
    public static readonly IReadOnlyList<string> People = [.. Lines("people.txt")];

    /// <summary>Words that say help happens by phone or online: in a profile, and (with the request-only ones) in a request.</summary>
    public static readonly IReadOnlyList<string> RemoteInProfile = [.. Lines("remote.txt").Where(l => !l.StartsWith("request:", StringComparison.Ordinal))];
    public static readonly IReadOnlyList<string> RemoteInRequest = [.. Lines("remote.txt").Select(l => l.StartsWith("request:", StringComparison.Ordinal) ? l["request:".Length..].Trim() : l)];

    /// <summary>A case-insensitive pattern matching any of the phrases as whole words.</summary>
    public static System.Text.RegularExpressions.Regex WholeWords(IEnumerable<string> phrases) =>
        new(@"\b(" + string.Join("|", phrases.OrderByDescending(p => p.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + @")\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    public static readonly IReadOnlyList<(string Concept, string[] Phrases)> Concepts = [.. Lines("concepts.txt").Select(ParseEntry).Select(e => (e.Key, e.Values))];

    /// <summary>The activity taxonomy (<c>taxonomy.txt</c>): each activity with its domain and its phrases.</summary>
    public static readonly IReadOnlyList<(string Activity, string Domain, string[] Phrases)> Taxonomy = ParseTaxonomy();

    public static readonly string Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join("\n", new[] { "stopwords.txt", "nosplit.txt", "stems.txt", "concepts.txt", "taxonomy.txt" }.Select(Raw)))))[..12];

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, DutchAnalyzer.DefaultStopSet.Count + 200, ignoreCase: true);
        foreach (var word in DutchAnalyzer.DefaultStopSet) set.Add(word?.ToString() ?? "");
        foreach (var word in Lines("stopwords.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))) set.Add(word);
        return set;
    }

    private static List<(string, string, string[])> ParseTaxonomy()
    {
        var entries = new List<(string, string, string[])>();
        string? domain = null;
        foreach (var line in Lines("taxonomy.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']')) domain = line[1..^1].Trim();
            else if (domain is null) throw new InvalidDataException($"Taxonomy activity before any [domain]: {line}");
            else
            {
                var (activity, phrases) = ParseEntry(line);
                entries.Add((activity, domain, phrases));
            }
        }
        return entries;
    }

    private static (string Key, string[] Values) ParseEntry(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) throw new InvalidDataException($"Word list entry without 'key:': {line}");
        var separators = line.Contains(',', StringComparison.Ordinal) ? new[] { ',' } : new[] { ' ' };
        var values = line[(colon + 1)..].Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (line[..colon].Trim(), values);
    }

    private static IEnumerable<string> Lines(string name) =>
        Raw(name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static string Raw(string name)
    {
        using var stream = Assembly.GetManifestResourceStream($"Bronbank.Matching.Analysis.Resources.{name}")
            ?? throw new InvalidOperationException($"Missing word list {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
