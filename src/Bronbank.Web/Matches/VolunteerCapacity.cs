namespace Bronbank.Web.Matches;

/// <summary>
/// The confirmed (active) matches of one volunteer. Confirming and ending a match rewrite this document
/// under optimistic concurrency, so two coordinators racing for the last free place cannot both win.
/// </summary>
public sealed class VolunteerCapacity
{
    /// <summary>The volunteer's id.</summary>
    public Guid Id { get; set; }
    public int Version { get; set; }
    public List<ActiveMatch> Active { get; set; } = [];
    public DateTimeOffset? FirstMatchedAt { get; set; }
}

public sealed record ActiveMatch(Guid MatchId, Guid RequestId);
