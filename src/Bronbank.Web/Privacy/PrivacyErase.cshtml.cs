using Bronbank.Web.Infrastructure;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Privacy;

/// <summary>Erasure with a confirmation step: the admin ticks that they mean it, then everything about the volunteer is gone (see <see cref="PrivacyService.EraseVolunteerAsync"/>).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PrivacyEraseModel(IQuerySession session, PrivacyService privacy) : PageModel
{
    public Volunteer Volunteer { get; private set; } = null!;
    public int OpenMatches { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, bool confirmed, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!confirmed)
        {
            Message = "Vink eerst aan dat u alle gegevens van deze vrijwilliger wilt verwijderen.";
            return Page();
        }
        var name = Volunteer.Name;
        if (await privacy.EraseVolunteerAsync(id, ct) is not null) return NotFound();
        this.Say($"Alle gegevens van {name} zijn verwijderd, ook uit de zoekindex en de notities bij koppelingen.");
        return Redirect("/privacy");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var volunteer = await session.LoadAsync<Volunteer>(id, ct);
        if (volunteer is null) return false;
        Volunteer = volunteer;
        OpenMatches = await session.Query<Domain.Matches.Match>().CountAsync(m => m.VolunteerId == id &&
            (m.Status == Domain.Matches.MatchStatus.Proposed || m.Status == Domain.Matches.MatchStatus.Active), ct);
        return true;
    }
}
