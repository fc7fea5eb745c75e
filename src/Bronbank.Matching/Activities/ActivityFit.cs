namespace Bronbank.Matching.Activities;

/// <summary>
/// How well an activity suits a resident in practice, as a factor on the text relevance: how far the
/// buurthuis is, whether it happens on a day-part the resident can, and whether it is held in a language
/// the resident speaks. A resident walks to a buurthuis, so distance weighs as it does for volunteers.
/// </summary>
internal readonly record struct ActivityFit(double Factor, double? DistanceKm, bool TimeFits, bool AnyTime, string? SharedLanguage)
{
    public static ActivityFit Of(ActivityDocument activity, ActivityQuery query)
    {
        double? distance = query.Location is { } from && activity.Location is { } to ? from.DistanceKm(to) : null;
        var place = distance switch
        {
            null => 0.8,
            <= 1.5 => 1.0,
            <= 3.0 => 0.95,
            <= 5.0 => 0.7,
            _ => 0.5,
        };
        var anyTime = query.Availability.Count == 0;
        var timeFits = anyTime || query.Availability.Contains(activity.Slot, StringComparer.OrdinalIgnoreCase);
        var time = timeFits ? 1.0 : 0.7;
        var shared = query.Languages.Count == 0 ? "nl" : query.Languages.FirstOrDefault(l => activity.Languages.Contains(l, StringComparer.OrdinalIgnoreCase));
        var language = shared is not null ? 1.0 : 0.5;
        return new ActivityFit(place * time * language, distance, timeFits, anyTime, shared);
    }
}
