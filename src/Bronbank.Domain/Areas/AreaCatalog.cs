using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Areas;

/// <summary>An immutable set of areas, looked up by name without regard to case.</summary>
public sealed class AreaCatalog
{
    private readonly Dictionary<string, Area> _byName;

    public AreaCatalog(IEnumerable<Area> areas)
    {
        All = areas.ToArray();
        _byName = new Dictionary<string, Area>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in All)
        {
            _byName[area.Name] = area;
        }
    }

    public static AreaCatalog Empty { get; } = new([]);

    public IReadOnlyList<Area> All { get; }

    public Area? Find(string? name) =>
        name is not null && _byName.TryGetValue(name.Trim(), out var area) ? area : null;

    /// <summary>Validates a replacement set of areas; returns errors by field, empty when valid.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<Area>? areas)
    {
        var errors = new ErrorBag();
        if (areas is null || areas.Count == 0)
        {
            errors.Add("areas", "At least one area is required.");
            return errors.ToDictionary();
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < areas.Count; i++)
        {
            var a = areas[i];
            var field = $"areas[{i}]";
            if (a is null) { errors.Add(field, "An area may not be null."); continue; }
            if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Length > 100) errors.Add(field, "Name is required and at most 100 characters.");
            else if (!seen.Add(a.Name.Trim())) errors.Add(field, $"Area '{a.Name}' appears more than once.");
            if (string.IsNullOrWhiteSpace(a.Wijk) || a.Wijk.Length > 100) errors.Add(field, "Wijk is required and at most 100 characters.");
            if (a.Lat is < -90 or > 90 || double.IsNaN(a.Lat)) errors.Add(field, "Lat must be between -90 and 90.");
            if (a.Lon is < -180 or > 180 || double.IsNaN(a.Lon)) errors.Add(field, "Lon must be between -180 and 180.");
        }
        return errors.ToDictionary();
    }
}
