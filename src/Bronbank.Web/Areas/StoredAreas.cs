using Bronbank.Domain.Areas;

namespace Bronbank.Web.Areas;

/// <summary>The area set an admin uploaded; it overrides the configured file for every instance.</summary>
public sealed class StoredAreas
{
    public const string CurrentId = "current";
    public string Id { get; set; } = CurrentId;
    public List<Area> Areas { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}
