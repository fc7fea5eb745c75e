using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Pools;

/// <summary>The board's printable view of its own pool: figures and first names, never requests or contact details.</summary>
[Authorize(Policy = Policies.PoolRead)]
public sealed class BuurthuisPageModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Naam { get; set; }
    public IReadOnlyList<string> Choices { get; private set; } = [];
    public PoolFiguresResponse? Pool { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Coordinator)
            ? [.. (await session.Query<Volunteer>().Where(v => v.Buurthuis != null).Select(v => v.Buurthuis!).ToListAsync(ct)).Distinct().Order()]
            : User.Buurthuizen();
        Naam ??= Choices.FirstOrDefault();
        if (Naam is null) return Page();
        if (!PoolApi.MaySee(User, Naam)) return Forbid();
        Pool = await PoolFigures.ForAsync(session, Naam, ct);
        return Page();
    }
}
