using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Buurthuizen;

public sealed record BuurthuisDraft
{
    public string? Name { get; init; }
    public string? Area { get; init; }
    public string? Address { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? OpeningNotes { get; init; }
    public IReadOnlyList<string?>? OpenDayParts { get; init; }

    public Dictionary<string, string[]> Validate(AreaCatalog areas)
    {
        var errors = new ErrorBag();
        errors.Text("name", Name, required: true, 200);
        errors.Text("area", Area, required: true, 100);
        if (!string.IsNullOrWhiteSpace(Area)) errors.KnownArea("area", Area, areas);
        errors.Text("address", Address, required: false, 300);
        if (Lat is null != Lon is null) errors.Add(Lat is null ? "lat" : "lon", "Give both lat and lon, or neither (then the area's are used).");
        if (Lat is < -90 or > 90 || (Lat is { } lat && double.IsNaN(lat))) errors.Add("lat", "Must be between -90 and 90.");
        if (Lon is < -180 or > 180 || (Lon is { } lon && double.IsNaN(lon))) errors.Add("lon", "Must be between -180 and 180.");
        errors.Text("openingNotes", OpeningNotes, required: false, 1000);
        errors.DayParts("openDayParts", OpenDayParts);
        return errors.ToDictionary();
    }

    /// <summary>Copies a validated draft onto a buurthuis, with the area's canonical name.</summary>
    public void ApplyTo(Buurthuis buurthuis, AreaCatalog areas)
    {
        buurthuis.Name = Name!.Trim();
        buurthuis.Area = areas.Find(Area)!.Name;
        buurthuis.Address = ErrorBag.NullIfBlank(Address);
        buurthuis.Lat = Lat;
        buurthuis.Lon = Lon;
        buurthuis.OpeningNotes = ErrorBag.NullIfBlank(OpeningNotes);
        buurthuis.OpenDayParts = [.. DayParts.Normalize(OpenDayParts ?? [])];
    }
}
