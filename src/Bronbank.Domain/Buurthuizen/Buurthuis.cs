namespace Bronbank.Domain.Buurthuizen;

/// <summary>
/// A buurthuis (community centre) as a place: in one of the configured areas, at an address, with
/// coordinates of its own or else its area's, and when it is open.
/// </summary>
public sealed class Buurthuis : IVersioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string Area { get; set; } = "";
    public string? Address { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    /// <summary>Free text: "di en do 9–17, in de schoolvakanties dicht".</summary>
    public string? OpeningNotes { get; set; }
    /// <summary>The day-parts it is open (<c>di-ochtend</c>...), so open day-parts with nothing on can be found.</summary>
    public List<string> OpenDayParts { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
