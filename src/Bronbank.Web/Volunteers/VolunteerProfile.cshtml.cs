using Bronbank.Domain.Matches;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Volunteers;

[Authorize(Policy = Policies.ProfilesRead)]
public sealed class VolunteerProfileModel(IQuerySession session, IAuditLog audit) : PageModel
{
    public Volunteer Volunteer { get; private set; } = null!;
    public IReadOnlyList<Match> Matches { get; private set; } = [];
    public bool ShowContact { get; private set; }

    /// <summary>The requests' text, for coordinators only: intake staff do not read residents' requests.</summary>
    public IReadOnlyDictionary<Guid, string> Questions { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var volunteer = await session.LoadAsync<Volunteer>(id, ct);
        if (volunteer is null) return NotFound();
        Volunteer = volunteer;
        Matches = await session.Query<Match>().Where(m => m.VolunteerId == id).OrderByDescending(m => m.ProposedAt).ToListAsync(ct);
        if (User.IsInRole(Roles.Coordinator))
            Questions = (await session.LoadManyAsync<Domain.Requests.HelpRequest>(ct, Matches.Select(m => m.RequestId).Distinct()))
                .ToDictionary(r => r.Id, r => r.Question.Length > 80 ? r.Question[..80] + "…" : r.Question);
        ShowContact = ContactDetailRule.MayRead(User, volunteer);
        audit.Record(User, "viewed", "volunteer", id);
        if (ContactDetailRule.Shows(User, volunteer)) audit.Record(User, ContactDetailRule.AuditAction, "volunteer", id);
        return Page();
    }
}
