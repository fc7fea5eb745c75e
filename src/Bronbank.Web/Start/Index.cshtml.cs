using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Matches;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Start;

/// <summary>What needs attention, per role: requests without a proposal, proposals to confirm, volunteers waiting.</summary>
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public int OpenRequests { get; private set; }
    public int ProposalsWaiting { get; private set; }
    public int VolunteersWaiting { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(Roles.Coordinator))
        {
            OpenRequests = await session.Query<HelpRequest>().CountAsync(r => r.Status == RequestStatus.Open, ct);
            ProposalsWaiting = await session.Query<Match>().CountAsync(m => m.Status == MatchStatus.Proposed, ct);
        }
        if (User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Coordinator))
        {
            var matched = await session.Query<VolunteerCapacity>().Where(c => c.FirstMatchedAt != null).Select(c => c.Id).ToListAsync(ct);
            var active = await session.Query<Volunteer>().Where(v => v.Active).Select(v => v.Id).ToListAsync(ct);
            VolunteersWaiting = active.Except(matched).Count();
        }
    }
}
