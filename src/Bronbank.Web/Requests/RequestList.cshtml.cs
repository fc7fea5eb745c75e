using Bronbank.Web.Accounts;
using Bronbank.Domain.Requests;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Requests;

/// <summary>Help requests by status, newest first unless sorted otherwise, paged.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class RequestListModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    /// <summary><c>?eigenaar=mij</c>: "Mijn hulpvragen", the ones the signed-in coordinator handles.</summary>
    [BindProperty(SupportsGet = true, Name = "eigenaar")] public string? Owner { get; set; }
    public bool Mine => Owner == "mij";
    public Func<string, string> OwnerName { get; private set; } = _ => "";
    public ListQuery List { get; private set; } = null!;
    public IReadOnlyList<HelpRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = new ListQuery(Request, "datum", defaultDescending: true);
        IQueryable<HelpRequest> query = session.Query<HelpRequest>();
        if (RequestStatuses.Parse(Status) is { } status) query = query.Where(r => r.Status == status);
        if (Mine)
        {
            var me = User.ActorId();
            query = query.Where(r => r.OwnerId == me);
        }
        List.Total = await query.CountAsync(ct);
        query = (List.Sort, List.Descending) switch
        {
            ("buurt", false) => query.OrderBy(r => r.Neighbourhood).ThenByDescending(r => r.CreatedAt),
            ("buurt", true) => query.OrderByDescending(r => r.Neighbourhood).ThenByDescending(r => r.CreatedAt),
            ("status", false) => query.OrderBy(r => r.Status).ThenByDescending(r => r.CreatedAt),
            ("status", true) => query.OrderByDescending(r => r.Status).ThenByDescending(r => r.CreatedAt),
            (_, false) => query.OrderBy(r => r.CreatedAt),
            _ => query.OrderByDescending(r => r.CreatedAt),
        };
        Requests = await query.Skip(List.Skip).Take(List.PageSize).ToListAsync(ct);
        OwnerName = await ActorNames.ForAsync(session, Requests.Select(r => r.OwnerId).OfType<string>(), ct);
    }
}
