using System.Collections.Concurrent;

namespace Bronbank.Matching.Indexing;

/// <summary>
/// One copy of the short strings many volunteers share — area, buurthuis, day-parts, language codes, common
/// passions and talents — for the profiles kept in memory beside the index. Every profile read from the database
/// or the index brings its own copies; at a million volunteers those were most of the side table's memory. The
/// pool is bounded: past <see cref="MaxEntries"/> distinct strings, new ones are kept as they come.
/// </summary>
internal static class SharedStrings
{
    public const int MaxLength = 64;
    public const int MaxEntries = 200_000;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int s_count;

    public static string? Of(string? text)
    {
        if (text is null || text.Length > MaxLength) return text;
        if (Pool.TryGetValue(text, out var shared)) return shared;
        if (Volatile.Read(ref s_count) >= MaxEntries) return text;
        shared = Pool.GetOrAdd(text, text);
        if (ReferenceEquals(shared, text)) Interlocked.Increment(ref s_count);
        return shared;
    }

    /// <summary>The shared copy of the text in these UTF-8 bytes, found without making a string when the pool has it.</summary>
    public static string Of(ReadOnlySpan<byte> utf8)
    {
        // A UTF-8 byte is at most one UTF-16 char: anything that may fit the pool is decoded on the stack first.
        if (utf8.Length > MaxLength * 3) return System.Text.Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[utf8.Length];
        var text = chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)];
        if (text.Length <= MaxLength && ByChars.TryGetValue(text, out var shared)) return shared;
        return Of(new string(text))!;
    }

    public static string[] Of(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        var shared = new string[texts.Count];
        for (var i = 0; i < shared.Length; i++) shared[i] = Of(texts[i])!;
        return shared;
    }

    /// <summary>The same profile, its shared strings replaced by the pool's copies and its lists by arrays of exact size.</summary>
    public static VolunteerDocument Compact(VolunteerDocument document) => document with
    {
        Neighbourhood = Of(document.Neighbourhood)!,
        Buurthuis = Of(document.Buurthuis),
        Passions = Of(document.Passions),
        Talents = Of(document.Talents),
        Availability = Of(document.Availability),
        Languages = Of(document.Languages),
    };
}
