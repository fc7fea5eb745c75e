using System.Security.Claims;

namespace Bronbank.Web.Infrastructure;

/// <summary>Where <see cref="AuditFilter"/> and pages record who did what to which item; the Privacy feature keeps it.</summary>
public interface IAuditLog
{
    void Record(ClaimsPrincipal user, string action, string subjectType, Guid? subjectId);
}
