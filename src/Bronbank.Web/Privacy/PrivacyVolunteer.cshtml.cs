using Bronbank.Web.Infrastructure;
using System.Text.Json;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Privacy;

/// <summary>One volunteer's privacy: download everything held (the export the API gives), erase, and the logboek of who saw or changed the profile.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PrivacyVolunteerModel(IQuerySession session, PrivacyService privacy, Infrastructure.IAuditLog audit) : PageModel
{
    public Volunteer Volunteer { get; private set; } = null!;
    public IPagedList<AuditEntry> Entries { get; private set; } = null!;
    public Func<string, string> ActorName { get; private set; } = a => a;
    public Infrastructure.Pages.ListQuery List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var volunteer = await session.LoadAsync<Volunteer>(id, ct);
        if (volunteer is null) return NotFound();
        Volunteer = volunteer;
        List = new Infrastructure.Pages.ListQuery(Request, "datum", defaultDescending: true, pageSize: 50);
        Entries = await session.Query<AuditEntry>().Where(e => e.SubjectId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToPagedListAsync(List.Page, List.PageSize, ct);
        List.Total = Entries.TotalItemCount;
        ActorName = await ActorNames.ForAsync(session, Entries.Select(e => e.Actor), ct);
        return Page();
    }

    /// <summary>The same document as <c>GET /api/v1/volunteers/{id}/export</c>, as a file to hand over.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken ct)
    {
        var export = await privacy.ExportAsync(id, ct);
        if (export is null) return NotFound();
        audit.Record(User, "exported", "volunteer", id);
        var json = JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
        return File(json, "application/json", $"bronbank-gegevens-{export.Profile.Name.ToLowerInvariant().Replace(' ', '-')}.json");
    }
}
