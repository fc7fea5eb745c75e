using System.Security.Claims;

namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Where <see cref="AuditFilter"/>, pages and services record who did what to which item; the Privacy
/// feature keeps it. An entry recorded before the request's next save is committed in that save's
/// transaction; anything else is written by <see cref="FlushAsync"/> before the answer goes out.
/// </summary>
public interface IAuditLog
{
    void Record(ClaimsPrincipal user, string action, string subjectType, Guid? subjectId);

    void Record(string actor, string action, string subjectType, Guid? subjectId);

    /// <summary>Records a create before its id exists: the save it joins names the subject.</summary>
    void RecordCreate(string actor, string action, string subjectType);

    /// <summary>Drops entries recorded since <paramref name="mark"/> that no save has taken yet (the request failed).</summary>
    void DiscardPendingSince(int mark);

    /// <summary>How many entries were recorded so far, for <see cref="DiscardPendingSince"/>.</summary>
    int Mark { get; }

    /// <summary>Writes the entries no save has taken yet, durably, before the caller answers.</summary>
    Task FlushAsync(CancellationToken ct);
}
