namespace Bronbank.Domain.Areas;

/// <summary>
/// A named area of a municipality: a wijk (district) or a buurt (neighbourhood) inside one.
/// Coordinates are approximate centroids, good enough to tell near from far.
/// </summary>
public sealed record Area(string Name, string Wijk, double Lat, double Lon)
{
    public bool IsWijk => string.Equals(Name, Wijk, StringComparison.OrdinalIgnoreCase);
}
