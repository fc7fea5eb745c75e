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

    public static PracticalFit Of(IndexedVolunteer volunteer, CandidateQuery query, int requestMask, NeedProfile need)
    {
        var document = volunteer.Document;
        double? distance = query.Location is { } from && document.Location is { } to ? from.DistanceKm(to) : null;

        double place = volunteer.IsRemote ? need.RemoteFit
            : distance switch
            {
                null => 0.8,
                <= 1.5 => 1.0,
                <= NearKm => 0.95,
                <= 5.0 => 0.7,
                _ => 0.6,
            };

        var flexible = requestMask == 0;
        var shared = volunteer.AvailabilityMask & requestMask;
        double time = flexible || shared != 0 ? 1.0 : volunteer.AvailabilityMask == 0 ? 0.85 : 0.7;

        // Small nudges that only reorder near-equals.
        var waiting = document.HasEverBeenMatched ? 1.0 : 1.02;
        var room = 1.0 + (Math.Min(volunteer.FreePlaces, 3) * 0.005);

        return new PracticalFit(place * time * waiting * room, distance, [.. DayPartMask.Tokens(shared)], flexible);
    }
}
