namespace Bronbank.DataGen;

/// <summary>
/// Deterministic, streaming generator of realistic Dutch volunteer profiles and help requests: the same
/// seed gives the same data, and a million profiles never sit in memory at once.
/// </summary>
public sealed class DutchDataGenerator(int seed, IReadOnlyList<GeneratedArea> areas)
{
    private static readonly string[] Days = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    private static readonly string[] Parts = ["ochtend", "middag", "avond"];
    private static readonly (string Word, bool Woman)[] Residents =
        [("Mw.", true), ("Dhr.", false), ("Mevrouw", true), ("Meneer", false), ("Buurvrouw", true), ("Buurman", false), ("Jonge vrouw", true), ("Vader", false), ("Moeder", true)];

    /// <summary>A need written with {ze}, {haar}, {hem}, {partner} in the words that fit the resident, so "Meneer" is never "haar".</summary>
    private static string Pronouns(string need, bool woman) => need
        .Replace("{ze}", woman ? "ze" : "hij", StringComparison.Ordinal).Replace("{haar}", woman ? "haar" : "zijn", StringComparison.Ordinal)
        .Replace("{hem}", woman ? "haar" : "hem", StringComparison.Ordinal).Replace("{partner}", woman ? "man" : "vrouw", StringComparison.Ordinal);

    /// <summary>Every buurthuis a generated volunteer may name: register them before importing (a volunteer's buurthuis must be a registered one).</summary>
    public static IReadOnlyList<string> Buurthuizen { get; } =
        [.. People.BuurthuisPrefixes.SelectMany(prefix => People.BuurthuisNames.Select(name => $"{prefix} {name}"))];

    /// <summary>
    /// The themes a generated volunteer was made from, as bits in the order of <see cref="ThemeBit"/>: a relevance
    /// proxy for pools too large to label (does a ranked volunteer do what the request's theme is about?).
    /// </summary>
    public static int ThemesOf(GeneratedVolunteer volunteer)
    {
        var mask = 0;
        for (var bit = 0; bit < Themes.All.Length; bit++)
        {
            var theme = Themes.All[bit];
            if (volunteer.Passions.Any(theme.Passions.Contains) || volunteer.Talents.Any(theme.Talents.Contains)) mask |= 1 << bit;
        }
        return mask;
    }

    /// <summary>The bit of a theme (a request's <see cref="GeneratedRequest.Theme"/>) in <see cref="ThemesOf"/>.</summary>
    public static int ThemeBit(string theme) => 1 << Array.FindIndex(Themes.All, t => t.Key == theme);

    public IEnumerable<GeneratedVolunteer> Volunteers(int count)
    {
        var random = new SplitMix64((ulong)seed * 7919UL + 1);
        for (var i = 1; i <= count; i++) yield return Volunteer(random, i);
    }

    public IEnumerable<GeneratedRequest> Requests(int count, DateTimeOffset from, DateTimeOffset to)
    {
        var random = new SplitMix64((ulong)seed * 104729UL + 2);
        var span = Math.Max(1, (to - from).TotalMinutes);
        for (var i = 1; i <= count; i++)
        {
            // Forms and money questions crowd the last months, so a rising theme exists in demo data.
            var late = random.Chance(0.3);
            var theme = late ? random.Pick(Themes.All.Where(t => t.Key is "formulieren" or "geld").ToList()) : random.Pick(Themes.All);
            var at = from.AddMinutes(late ? span * (0.85 + (0.15 * random.Below(1000) / 1000.0)) : span * random.Below(10_000) / 10_000.0);
            var area = random.Pick(areas);
            var resident = random.Pick(Residents);
            var age = random.Chance(0.6) ? $" ({55 + random.Below(40)})" : "";
            var question = $"{resident.Word}{age} {Pronouns(random.Pick(theme.Needs), resident.Woman)}.";
            if (random.Chance(0.4)) question += random.Pick([" Liefst in de ochtend.", " Wie kan er helpen?", " Heeft weinig netwerk.", " Een vast iemand zou fijn zijn."]);
            var languages = random.Chance(0.85) ? new[] { "nl" } : [random.Pick(People.Origins[1..]).Languages[0], "nl"];
            yield return new GeneratedRequest($"gen-r{i:000000}", question, area.Name, DayParts(random, random.Below(4)), languages,
                $"BT-{at.Year}-{i:00000}", at, theme.Key);
        }
    }

    private GeneratedVolunteer Volunteer(SplitMix64 random, int number)
    {
        var origin = PickOrigin(random);
        var first = random.Pick(origin.FirstNames);
        var name = $"{first} {random.Pick(origin.LastNames)}";
        var area = random.Pick(areas);
        var main = random.Pick(Themes.All);
        var second = random.Chance(0.5) ? random.Pick(Themes.All) : main;
        var passions = random.PickDistinct(main.Passions, 1 + random.Below(2)).Concat(second == main ? [] : random.PickDistinct(second.Passions, 1)).ToList();
        var talents = random.PickDistinct(main.Talents, 1 + random.Below(2)).ToList();
        var remote = !main.InPerson && random.Chance(0.3);
        if (remote) talents.Add(random.Chance(0.5) ? "telefonisch" : "online");
        var about = $"{random.Pick(main.AboutLines)} {(remote ? "Ik help alleen telefonisch of online." : random.Pick(["Ik woon al jaren in de buurt.", "Ik ben gepensioneerd en heb tijd over.", "Naast mijn werk heb ik een vaste middag vrij."]))}";
        var languages = new List<string> { "nl" };
        if (random.Chance(0.7)) languages.AddRange(random.PickDistinct(origin.Languages, 1));
        var buurthuis = random.Chance(0.7) ? $"{random.Pick(People.BuurthuisPrefixes)} {random.Pick(People.BuurthuisNames)}" : null;
        var email = random.Chance(0.6) ? $"{first.ToLowerInvariant()}.{number}@example.nl" : null;
        var phone = random.Chance(0.5) ? $"06-{10_000_000 + random.Below(89_999_999)}" : null;
        return new GeneratedVolunteer($"gen-v{number:000000}", name, area.Name, buurthuis, passions, talents, about,
            DayParts(random, 1 + random.Below(6)), [.. languages.Distinct()], 1 + random.Below(4), !random.Chance(0.07), email, phone);
    }

    private static People.Origin PickOrigin(SplitMix64 random)
    {
        var total = People.Origins.Sum(o => o.Weight);
        var roll = random.Below(total);
        foreach (var origin in People.Origins)
        {
            if (roll < origin.Weight) return origin;
            roll -= origin.Weight;
        }
        return People.Origins[0];
    }

    private static string[] DayParts(SplitMix64 random, int count)
    {
        var all = Days.SelectMany(d => Parts.Select(p => $"{d}-{p}")).ToArray();
        return [.. random.PickDistinct(all, count)];
    }
}
