using System.ComponentModel.DataAnnotations;

namespace Bronbank.Web.Privacy;

/// <summary>How long Bronbank keeps what; the defaults follow a common one-year/two-year practice and are meant to be set by the data controller.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Bronbank:Retention";

    /// <summary>Days after closing that a help request keeps its free text; after that only counts remain.</summary>
    [Range(1, 3650)]
    public int ClosedRequestTextDays { get; set; } = 365;

    /// <summary>Days a stopped (inactive) volunteer's profile is kept before it is reviewed or erased.</summary>
    [Range(1, 3650)]
    public int InactiveVolunteerDays { get; set; } = 730;

    /// <summary><c>flag</c>: mark for review by staff; <c>erase</c>: erase like a deletion request.</summary>
    [RegularExpression("^(flag|erase)$")]
    public string InactiveVolunteerAction { get; set; } = "flag";

    /// <summary>Days after closing that a signal keeps its note and resident reference; after that only counts per area and kind remain.</summary>
    [Range(1, 3650)]
    public int ClosedSignalDays { get; set; } = 90;

    [Range(1, 10_080)]
    public int IntervalMinutes { get; set; } = 60;
}
