using Bronbank.Web.Infrastructure;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Privacy;

/// <summary>
/// Privacy for admins: find the volunteer who asks what Bronbank holds about them, or to be forgotten.
/// Shows names and neighbourhoods only; the profile itself stays with intake and coordinators.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PrivacySearchModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "naam")] public string? Name { get; set; }
    public IReadOnlyList<Volunteer> Found { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length < 2) return;
        var term = Name.Trim();
        Found = await session.Query<Volunteer>().Where(v => v.Name.Contains(term, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Name).Take(50).ToListAsync(ct);
    }
}
