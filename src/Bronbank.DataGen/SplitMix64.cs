namespace Bronbank.DataGen;

/// <summary>
/// A small seeded generator with a fixed algorithm (SplitMix64), so the same seed gives the same data on
/// every runtime — System.Random's algorithm is not a promise.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; max.</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    public bool Chance(double probability) => (Next() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    public IEnumerable<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, items.Count)) chosen.Add(Below(items.Count));
        return chosen.Order().Select(i => items[i]);
    }
}
