using Bronbank.Domain.Matches;
using Bronbank.Web.Accounts;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Matches;

[Authorize(Policy = Policies.Coordination)]
public sealed class MatchHistoryModel(IQuerySession session) : PageModel
{
    public MatchResponse Match { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var match = await session.LoadAsync<Match>(id, ct);
        if (match is null) return NotFound();
        IReadOnlyList<IEvent> events = await session.Events.FetchStreamAsync(id, token: ct);
        Match = match.AsResponse(events);
        return Page();
    }
}
