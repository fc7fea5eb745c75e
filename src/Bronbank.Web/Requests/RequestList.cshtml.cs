using Bronbank.Domain.Requests;
using Bronbank.Web.Accounts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Requests;

[Authorize(Policy = Policies.Coordination)]
public sealed class RequestListModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public IReadOnlyList<HelpRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        IQueryable<HelpRequest> query = session.Query<HelpRequest>();
        if (RequestStatuses.Parse(Status) is { } status) query = query.Where(r => r.Status == status);
        Requests = await query.OrderByDescending(r => r.CreatedAt).Take(100).ToListAsync(ct);
    }
}
