using Bronbank.Domain.Volunteers;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Volunteers;

/// <summary>The intake form: create or edit a profile. Passions and talents one per line; data is kept when something is wrong.</summary>
[Authorize(Policy = Policies.ProfilesWrite)]
public sealed class VolunteerFormModel(VolunteerService volunteers, IQuerySession session, AreaDirectory areas, Infrastructure.IAuditLog audit) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Neighbourhood { get; set; }
    [BindProperty] public string? Buurthuis { get; set; }
    [BindProperty] public string? Passions { get; set; }
    [BindProperty] public string? Talents { get; set; }
    [BindProperty] public string? About { get; set; }
    [BindProperty] public List<string> Availability { get; set; } = [];
    [BindProperty] public List<string> Languages { get; set; } = [];
    [BindProperty] public int MaxMatches { get; set; }
    [BindProperty] public bool Active { get; set; }
    [BindProperty] public bool ConsentMatching { get; set; }
    [BindProperty] public bool ConsentBoards { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public string? Conditions { get; set; }
    [BindProperty] public DateOnly? PausedUntil { get; set; }
    [BindProperty] public DateOnly? IntakeOn { get; set; }
    [BindProperty] public string? IntakeBy { get; set; }

    public Guid? Id { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Conflict { get; private set; }
    public AreaDirectory Areas => areas;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            (Languages, MaxMatches, Active) = (["nl"], 1, true);
            (IntakeOn, IntakeBy) = (DateOnly.FromDateTime(DateTime.Today), User.Identity?.Name);
            return Page();
        }
        var v = await session.LoadAsync<Volunteer>(id.Value, ct);
        if (v is null) return NotFound();
        // The form shows e-mail and phone to edit them: a read of contact details like any other.
        if (ContactDetailRule.Shows(User, v)) audit.Record(User, ContactDetailRule.AuditAction, "volunteer", v.Id);
        (Name, Neighbourhood, Buurthuis, About, Email, Phone) = (v.Name, v.Neighbourhood, v.Buurthuis, v.About, v.Email, v.Phone);
        (Passions, Talents) = (string.Join('\n', v.Passions), string.Join('\n', v.Talents));
        (Availability, Languages, MaxMatches, Active, Version) = (v.Availability, v.Languages, v.MaxMatches, v.Active, v.Version);
        (ConsentMatching, ConsentBoards) = (v.Consent?.Matching ?? false, v.Consent?.Boards ?? false);
        (Conditions, PausedUntil, IntakeOn, IntakeBy) = (v.Conditions, v.PausedUntil, v.IntakeOn, v.IntakeBy);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var draft = new VolunteerDraft
        {
            Name = Name, Neighbourhood = Neighbourhood, Buurthuis = Buurthuis, Passions = Lines(Passions), Talents = Lines(Talents), About = About,
            Availability = Availability, Languages = Languages, MaxMatches = MaxMatches, Active = Active, Email = Email, Phone = Phone,
            Consent = new ConsentInput(ConsentMatching, ConsentBoards),
            Conditions = Conditions, PausedUntil = PausedUntil, IntakeOn = IntakeOn, IntakeBy = IntakeBy,
        };
        var actor = User.ActorId();
        var outcome = id is null ? await volunteers.CreateAsync(draft, actor, ct) : await volunteers.UpdateAsync(id.Value, draft, Version, actor, ct);
        if (outcome.Failure is { } failure)
        {
            Errors = DutchErrors.From(failure.Errors);
            if (failure.Errors is null) Conflict = "Iemand anders heeft dit profiel intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nog eens in.";
            return Page();
        }
        var paused = outcome.Value!.PausedUntil is { } until ? $" {outcome.Value.Name} is gepauzeerd tot {DutchWords.Date(until)}." : "";
        this.Say((id is null ? "De intake is opgeslagen." : "Het profiel is opgeslagen.") + paused);
        return Redirect($"/vrijwilligers/{outcome.Value!.Id}");
    }

    private static List<string?> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
