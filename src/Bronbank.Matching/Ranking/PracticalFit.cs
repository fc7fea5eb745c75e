using Bronbank.Matching.Indexing;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// How well a pairing works in real life, as a factor on the text relevance: distance, shared day-parts,
/// remote help where the need allows it, and — among equals — free capacity and not yet matched.
/// </summary>
internal readonly record struct PracticalFit(double Factor, double? DistanceKm, IReadOnlyList<string> SharedDayParts, bool FlexibleRequest)
{
    /// <summary>Within this, two areas are neighbours for the purpose of a home visit.</summary>
    public const double NearKm = 3.0;

    // One practical weakness (lives further than a home visit reaches, or no shared day-part) makes a good topic
    // fit a partial one, as coordinators weigh it: it halves the score, and two weaknesses leave a quarter. The
    // step from 0.7 to 0.5 gained on the development set and both earlier blind sets (docs/matching.md).
    private const double Far = 0.5, Further = 0.45, NoDayPart = 0.5;

    /// <summary>
    /// A volunteer who speaks the resident's own language, other than Dutch, can explain and listen without a go-between:
    /// a practical plus, never a topic (the "spreekt Portugees" is a rule and a practical-fit signal).
    /// </summary>
    public const double OwnLanguage = 1.1;

    /// <summary>
    /// The resident's own languages among the request's: not Dutch, and not English when another is named ("Oekraïens
    /// en Russisch, een beetje Engels"), which half the pool speaks as a second language.
    /// </summary>
    public static HashSet<string> OwnLanguages(IEnumerable<string> languages)
    {
        var own = languages.Where(l => l != "nl").ToHashSet(StringComparer.Ordinal);
        if (own.Count > 1) own.Remove("en");
        return own;
    }

    public static PracticalFit Of(IndexedVolunteer volunteer, CandidateQuery query, int requestMask, NeedProfile need, IReadOnlySet<string> ownLanguages)
    {
        var document = volunteer.Document;
        double? distance = query.Location is { } from && document.Location is { } to ? from.DistanceKm(to) : null;

        double place = volunteer.IsRemote ? need.RemoteFit
            : distance switch
            {
                null => 0.8,
                <= 1.5 => 1.0,
                <= NearKm => 0.95,
                <= 5.0 => Far,
                _ => Further,
            };

        var flexible = requestMask == 0;
        var shared = volunteer.AvailabilityMask & requestMask;
        double time = flexible || shared != 0 ? 1.0 : volunteer.AvailabilityMask == 0 ? 0.85 : NoDayPart;

        // Small nudges that only reorder near-equals.
        var waiting = document.HasEverBeenMatched ? 1.0 : 1.02;
        var room = 1.0 + (Math.Min(volunteer.FreePlaces, 3) * 0.005);

        var language = ownLanguages.Count > 0 && volunteer.Languages.Any(ownLanguages.Contains) ? OwnLanguage : 1.0;

        return new PracticalFit(place * time * language * waiting * room, distance, [.. DayPartMask.Tokens(shared)], flexible);
    }
}
