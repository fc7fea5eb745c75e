using System.ComponentModel.DataAnnotations;

namespace Bronbank.Web.Areas;

public sealed class AreaOptions
{
    public const string Section = "Bronbank:Areas";

    /// <summary>JSON file of areas (<c>[{"name","wijk","lat","lon"}]</c>), relative to the app's folder or absolute.</summary>
    [Required]
    public string File { get; set; } = "Areas/utrecht-areas.json";
}
