using Bronbank.Domain.Requests;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Requests;

/// <summary>Edit a hulpvraag: its text and practical side, where it came from and which coordinator handles it.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class RequestEditModel(RequestService requests, IQuerySession session, AreaDirectory areas) : PageModel
{
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public string? Neighbourhood { get; set; }
    [BindProperty] public List<string> Availability { get; set; } = [];
    [BindProperty] public List<string> Languages { get; set; } = [];
    [BindProperty] public string? ResidentRef { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public int? Version { get; set; }

    public Guid Id { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Conflict { get; private set; }
    public IReadOnlyList<(string Id, string Name)> Coordinators { get; private set; } = [];
    public AreaDirectory Areas => areas;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var r = await session.LoadAsync<HelpRequest>(id, ct);
        if (r is null) return NotFound();
        (Question, Neighbourhood, Availability, Languages, ResidentRef) = (r.Question, r.Neighbourhood, r.Availability, r.Languages, r.ResidentRef);
        (Source, Owner, Version) = (r.Source is { } s ? Domain.Validation.WireNames.ToWire(s) : null, r.OwnerId, r.Version);
        Coordinators = await RequestOwners.CoordinatorsAsync(session, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var draft = new HelpRequestDraft
        {
            Question = Question, Neighbourhood = Neighbourhood, Availability = Availability, Languages = Languages.Count == 0 ? null : Languages,
            ResidentRef = ResidentRef, Source = Source, Owner = Owner,
        };
        var outcome = await requests.UpdateAsync(id, draft, Version, ct);
        if (outcome.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound) return NotFound();
            Errors = DutchErrors.From(failure.Errors);
            if (failure.Errors is null) Conflict = "Iemand anders heeft deze hulpvraag intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nog eens in.";
            Coordinators = await RequestOwners.CoordinatorsAsync(session, ct);
            return Page();
        }
        this.Say("De hulpvraag is opgeslagen.");
        return Redirect($"/hulpvragen/{id}");
    }
}
