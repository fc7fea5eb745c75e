using System.Security.Claims;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;

namespace Bronbank.Web.Activities;

/// <summary>Who may see and change which activities: staff, coordinators and admins all; a board its own buurthuizen'.</summary>
public static class ActivityAccess
{
    public static bool SeesEverything(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin);

    public static bool MayUse(ClaimsPrincipal user, Buurthuis? buurthuis) =>
        SeesEverything(user) || (buurthuis is not null && user.Buurthuizen().Contains(buurthuis.Name, StringComparer.OrdinalIgnoreCase));

    public const string Forbidden = "A board member sees and changes only the activities of their own buurthuizen.";
}
