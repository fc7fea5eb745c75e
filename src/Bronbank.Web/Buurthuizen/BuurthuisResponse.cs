using Bronbank.Domain.Areas;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Matching;

namespace Bronbank.Web.Buurthuizen;

/// <summary>A buurthuis as the API shows it; <c>lat</c>/<c>lon</c> are its own or else its area's (<c>ownLocation</c> says which).</summary>
public sealed record BuurthuisResponse(
    Guid Id, int Version, string Name, string Area, string? Wijk, string? Address, double? Lat, double? Lon, bool OwnLocation,
    string? OpeningNotes, IReadOnlyList<string> OpenDayParts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public static class BuurthuisMapping
{
    public static BuurthuisResponse AsResponse(this Buurthuis b, AreaCatalog areas)
    {
        var area = areas.Find(b.Area);
        var location = b.LocationIn(areas);
        return new(b.Id, b.Version, b.Name, b.Area, area?.Wijk, b.Address, location?.Lat, location?.Lon, b.Lat is not null,
            b.OpeningNotes, b.OpenDayParts, b.CreatedAt, b.UpdatedAt);
    }

    /// <summary>Where it is: its own coordinates, else its area's, else unknown.</summary>
    public static GeoPoint? LocationIn(this Buurthuis b, AreaCatalog areas) =>
        b is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon)
        : areas.Find(b.Area) is { } area ? new GeoPoint(area.Lat, area.Lon) : null;
}
