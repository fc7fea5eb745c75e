using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Activities;

/// <summary>An activity's analysed words per field, and which original word brought each term (for the reasons).</summary>
internal sealed class AnalysedActivity
{
    /// <summary>Title weighs most (it names what happens), then target groups, then the description and who runs it.</summary>
    public static readonly string[] Fields = ["title", "targetGroups", "description"];
    public static readonly double[] Boosts = [3.0, 2.0, 1.0];

    private static readonly char[] WordBreaks = [' ', ',', '.', ';', ':', '!', '?', '(', ')', '/', '\n', '\r', '\t', '"'];

    private readonly Dictionary<string, int>[] _frequencies;
    private readonly int[] _lengths;

    private AnalysedActivity(ActivityDocument document, Dictionary<string, int>[] frequencies, int[] lengths, Dictionary<string, string> words)
    {
        Document = document;
        _frequencies = frequencies;
        _lengths = lengths;
        WordOf = words;
    }

    public ActivityDocument Document { get; }

    /// <summary>For each term, the first original word of the activity that produced it.</summary>
    public IReadOnlyDictionary<string, string> WordOf { get; }

    public int Frequency(int field, string term) => _frequencies[field].GetValueOrDefault(term);

    public int Length(int field) => _lengths[field];

    public bool Has(string term) => _frequencies.Any(f => f.ContainsKey(term));

    public static AnalysedActivity Of(ActivityDocument d)
    {
        var texts = new[] { d.Title, string.Join(". ", d.TargetGroups), $"{d.Description} {d.Organisation} {d.Kind}" };
        var frequencies = new Dictionary<string, int>[texts.Length];
        var lengths = new int[texts.Length];
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var f = 0; f < texts.Length; f++)
        {
            frequencies[f] = new Dictionary<string, int>(StringComparer.Ordinal);
            // The whole text at once, as volunteers are indexed, so phrases yield their concepts too.
            foreach (var term in TextAnalysis.Terms(texts[f]))
            {
                frequencies[f][term] = frequencies[f].GetValueOrDefault(term) + 1;
                lengths[f]++;
            }
            foreach (var word in texts[f].Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var term in TextAnalysis.Terms(word)) words.TryAdd(term, word.ToLowerInvariant());
            }
        }
        return new AnalysedActivity(d, frequencies, lengths, words);
    }
}
