using Bronbank.Web.Infrastructure;
using Bronbank.Web.Accounts;
using Marten;

namespace Bronbank.Web.Requests;

/// <summary>The coordinators a help request can belong to, by name, for the owner field and the list's column.</summary>
public static class RequestOwners
{
    public static async Task<IReadOnlyList<(string Id, string Name)>> CoordinatorsAsync(IQuerySession session, CancellationToken ct)
    {
        var users = await session.Query<User>().Where(u => !u.Disabled).OrderBy(u => u.Name).ToListAsync(ct);
        return [.. users.Where(u => u.Roles.Contains(Roles.Coordinator)).Select(u => (u.Id.ToString(), u.Name))];
    }
}
