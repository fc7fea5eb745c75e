using System.Security.Claims;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;

namespace Bronbank.Web.Volunteers;

/// <summary>
/// Who may read a volunteer's e-mail and phone: staff and admins always (they keep the profile);
/// coordinators only when the volunteer consented to matching (they call volunteers about a match);
/// boards never. Every read that shows them is audited as <c>contact-viewed</c>.
/// </summary>
public static class ContactDetailRule
{
    public const string AuditAction = "contact-viewed";

    public static bool MayRead(ClaimsPrincipal user, Volunteer volunteer) =>
        user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.Coordinator) && volunteer.Consent?.Matching == true);

    /// <summary>True when the answer for this user carries contact details worth auditing.</summary>
    public static bool Shows(ClaimsPrincipal user, Volunteer volunteer) =>
        MayRead(user, volunteer) && (volunteer.Email is not null || volunteer.Phone is not null);
}
