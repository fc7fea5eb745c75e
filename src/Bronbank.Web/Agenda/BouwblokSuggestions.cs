using System.Globalization;
using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;
using Bronbank.Web.Areas;
using Bronbank.Web.Buurthuizen;

namespace Bronbank.Web.Agenda;

/// <summary>A clustering suggestion: its kind, the Dutch reason, and the activities and buurthuizen it is about.</summary>
public sealed record BouwblokSuggestion(string Kind, string Reason, IReadOnlyList<Guid> ActivityIds, IReadOnlyList<Guid> BuurthuisIds);

/// <summary>
/// Where building blocks belong together (the sociaal makelaar's "op dezelfde locatie en tijdstip"): the same
/// target group in one buurthuis on different day-parts, the same group at the same time in buurthuizen close
/// enough to compete, and day-parts a buurthuis is open with nothing on.
/// </summary>
public static class BouwblokSuggestions
{
    /// <summary>Buurthuizen this close serve the same walkers: two activities for one group at one time compete.</summary>
    public const double CompetingKm = 1.5;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static List<BouwblokSuggestion> For(IReadOnlyList<Buurthuis> places, IReadOnlyList<Activity> activities, Domain.Areas.AreaCatalog areas)
    {
        var suggestions = new List<BouwblokSuggestion>();
        var byId = places.ToDictionary(b => b.Id);
        var groups = activities.SelectMany(a => a.TargetGroups.Select(g => (Group: g, Activity: a))).ToList();

        foreach (var sameHouse in groups.GroupBy(x => (x.Activity.BuurthuisId, x.Group)))
        {
            var list = sameHouse.Select(x => x.Activity).OrderBy(a => DayParts.All.ToList().IndexOf(a.Schedule.Slot)).ThenBy(a => a.Schedule.Start).ToList();
            // In the week's order, as a person reads them: ma-middag before wo-ochtend.
            var slots = list.Select(a => a.Schedule.Slot).Distinct().ToList();
            if (slots.Count < 2) continue;
            suggestions.Add(new BouwblokSuggestion("same-day-part",
                $"Zet ze op hetzelfde dagdeel: {Names(list)} zijn allemaal voor {sameHouse.Key.Group} in {byId[sameHouse.Key.BuurthuisId].Name}, maar op {string.Join(", ", slots)}.",
                [.. list.Select(a => a.Id)], [sameHouse.Key.BuurthuisId]));
        }

        foreach (var sameTime in groups.GroupBy(x => (x.Group, x.Activity.Schedule.Slot)))
        {
            var list = sameTime.Select(x => x.Activity).DistinctBy(a => a.Id).ToList();
            for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i], list[j]);
                if (a.BuurthuisId == b.BuurthuisId) continue;
                var km = byId[a.BuurthuisId].LocationIn(areas) is { } p && byId[b.BuurthuisId].LocationIn(areas) is { } q ? p.DistanceKm(q) : (double?)null;
                if (km is null or > CompetingKm) continue;
                suggestions.Add(new BouwblokSuggestion("competing",
                    $"Ze concurreren: {a.Title} ({byId[a.BuurthuisId].Name}) en {b.Title} ({byId[b.BuurthuisId].Name}) zijn allebei voor {sameTime.Key.Group} op {sameTime.Key.Slot}, {km.Value.ToString("0.0", Dutch)} km van elkaar.",
                    [a.Id, b.Id], [a.BuurthuisId, b.BuurthuisId]));
            }
        }

        foreach (var place in places)
        {
            var used = activities.Where(a => a.BuurthuisId == place.Id).Select(a => a.Schedule.Slot).ToHashSet();
            var empty = place.OpenDayParts.Where(s => !used.Contains(s)).ToList();
            if (empty.Count == 0) continue;
            suggestions.Add(new BouwblokSuggestion("empty-day-part",
                $"{place.Name} is open op {string.Join(", ", empty)}, maar dan gebeurt er niets: een plek voor een nieuw bouwblok.", [], [place.Id]));
        }
        return suggestions;
    }

    private static string Names(IReadOnlyList<Activity> list) =>
        list.Count == 2 ? $"{list[0].Title} en {list[1].Title}" : string.Join(", ", list.Take(list.Count - 1).Select(a => a.Title)) + " en " + list[^1].Title;
}
