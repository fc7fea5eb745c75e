namespace Bronbank.Web.Privacy;

/// <summary>
/// One line of the audit trail: who did what to which item, and when. It names ids only — never the
/// profile, request or match text it protects. Entries are only ever inserted.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string SubjectType { get; set; } = "";
    public Guid? SubjectId { get; set; }

    /// <summary>Order within a request; not stored.</summary>
    [System.Text.Json.Serialization.JsonIgnore] internal int Sequence { get; set; }

    /// <summary>The entry of a create, whose subject is the item its save inserts; not stored.</summary>
    [System.Text.Json.Serialization.JsonIgnore] internal bool FromCreate { get; set; }
}
