using Bronbank.Domain.Areas;
using Bronbank.Web.Pools;

namespace Bronbank.Web.Insights;

/// <summary>
/// Supply, demand and what is on offer per area, to find blind spots. <see cref="Matched"/> counts the requests with a
/// confirmed match (the waits the median is taken over); every configured area is listed, also one with nothing.
/// </summary>
public sealed record AreaInsight(
    string Area, string Wijk, double Lat, double Lon,
    int ActiveVolunteers, int FreeCapacity, int Requests, int Unmet, int Matched, double? MedianDaysToMatch, double? SupplyDemandRatio,
    IReadOnlyList<NamedCount> TopUnmetThemes,
    double ActivitiesPerWeek, double SpreekurenPerWeek, int Buurthuizen, bool BlindSpot, string? BlindSpotReason)
{
    /// <summary>No volunteers, no requests and nothing on offer: nobody sees what goes on here.</summary>
    public bool Empty => ActiveVolunteers == 0 && Requests == 0 && ActivitiesPerWeek + SpreekurenPerWeek == 0;
}

public static class AreaInsights
{
    /// <summary>The rule, in the words the pages and reports show.</summary>
    public const string Rule = "Een gebied is een blinde vlek als er niets in beeld is (geen vrijwilligers, hulpvragen of activiteiten), " +
        "als er minder dan een halve vrijwilliger per hulpvraag is, of als er geen activiteit of spreekuur is.";

    public static IReadOnlyList<AreaInsight> Compute(InsightData data, AreaCatalog areas) =>
        [.. areas.All.Select(area => ForArea(data, area)).OrderByDescending(a => a.Unmet).ThenBy(a => a.Area, StringComparer.Ordinal)];

    private static AreaInsight ForArea(InsightData data, Area area)
    {
        var supply = data.SupplyIn(area.Name);
        var offer = data.OfferIn(area.Name);
        var requests = data.Requests.Where(r => r.Neighbourhood == area.Name).ToList();
        var unmet = requests.Where(data.IsUnmet).ToList();
        var waits = requests.Select(r => data.FirstConfirmed(r) is { } at ? (double?)(at - r.CreatedAt).TotalDays : null).OfType<double>().Order().ToArray();
        var ratio = requests.Count == 0 ? (double?)null : Math.Round(supply.Available / (double)requests.Count, 2);
        var (blind, reason) = BlindSpotOf(supply.Available, requests.Count, ratio, offer);
        return new AreaInsight(area.Name, area.Wijk, area.Lat, area.Lon, supply.Available, supply.FreePlaces, requests.Count, unmet.Count, waits.Length,
            Median(waits), ratio,
            [.. unmet.GroupBy(InsightData.ThemeOf).Select(g => new NamedCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(3)],
            offer.ActivitiesPerWeek, offer.SpreekurenPerWeek, offer.Buurthuizen, blind, reason);
    }

    /// <summary>
    /// The yearly check of issue 17: an area with nothing is the clearest blind spot; otherwise too few volunteers for
    /// the requests, or nothing on offer, each with its reason. The reasons hold no counts, so they may leave the app.
    /// </summary>
    public static (bool BlindSpot, string? Reason) BlindSpotOf(int volunteers, int requests, double? ratio, AreaOffer offer)
    {
        if (volunteers == 0 && requests == 0 && offer.PerWeek == 0)
            return (true, "Niets in beeld: geen vrijwilligers, hulpvragen of activiteiten.");
        var reasons = new List<string>();
        if (requests > 0 && ratio < 0.5) reasons.Add("minder dan een halve vrijwilliger per hulpvraag");
        if (offer.PerWeek == 0) reasons.Add(offer.Buurthuizen == 0 ? "geen buurthuis en geen activiteit of spreekuur" : "geen activiteit of spreekuur in de buurthuizen");
        return reasons.Count == 0 ? (false, null) : (true, char.ToUpperInvariant(reasons[0][0]) + string.Join("; ", reasons)[1..] + ".");
    }

    private static double? Median(double[] sorted) => sorted.Length switch
    {
        0 => null,
        var n when n % 2 == 1 => Math.Round(sorted[n / 2], 1),
        var n => Math.Round((sorted[(n / 2) - 1] + sorted[n / 2]) / 2, 1),
    };
}
