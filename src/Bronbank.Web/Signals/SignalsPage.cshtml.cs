using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Privacy;
using Bronbank.Web.Visits;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Signals;

/// <summary>Open signals, the due ones first, and a short form for a new one.</summary>
[Authorize(Policy = SignalPolicies.Read)]
public sealed class SignalsPageModel(SignalService signals, IQuerySession session, AreaDirectory areas, AuditTrail audit, TimeProvider clock) : PageModel
{
    public static readonly Dictionary<string, string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = "Kies wat voor zorg het is.",
        ["area"] = "Kies de wijk of buurt.",
        ["residentRef"] = "Een kenmerk zoals BT-2026-014, met een cijfer en zonder spaties — nooit een naam.",
        ["note"] = "De notitie is hoogstens 500 tekens.",
        ["owner"] = "Kies wie het oppakt.",
        ["followUpOn"] = "Kies een datum tussen een week geleden en een jaar vooruit.",
        ["text"] = "Schrijf een notitie van hoogstens 500 tekens.",
        ["outcome"] = "Kies hoe het afliep.",
        ["question"] = "Beschrijf de hulpvraag in hoogstens 2000 tekens.",
    };

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Area { get; set; }
    [BindProperty] public string? ResidentRef { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public Guid? Owner { get; set; }
    [BindProperty] public DateOnly? FollowUpOn { get; set; }
    [BindProperty(SupportsGet = true, Name = "alles")] public bool Everyone { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = [];
    public IReadOnlyList<Signal> Open { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> OwnerNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<User> Owners { get; private set; } = [];
    public AreaDirectory Areas => areas;
    public DateOnly Day { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        FollowUpOn = Today.In(clock).AddDays(7);
        if (Guid.TryParse(User.ActorId(), out var me)) Owner = me;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = new SignalDraft { Kind = Kind, Area = Area, ResidentRef = ResidentRef, Note = Note, Owner = Owner, FollowUpOn = FollowUpOn };
        var outcome = await signals.CreateAsync(draft, User.ActorId(), ct);
        if (outcome.Failure is { } failure)
        {
            Errors = (failure.Errors ?? []).Keys.Distinct().ToDictionary(k => k, k => Dutch.GetValueOrDefault(k, "Controleer dit veld."), StringComparer.OrdinalIgnoreCase);
            await LoadAsync(ct);
            return Page();
        }
        audit.Record(User.ActorId(), "created", "signal", outcome.Value!.Id);
        return Redirect($"/signalen/{outcome.Value.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Day = Today.In(clock);
        IQueryable<Signal> query = session.Query<Signal>().Where(s => s.ClosedAt == null);
        if (!Everyone && Guid.TryParse(User.ActorId(), out var me)) query = query.Where(s => s.Owner == me);
        Open = await query.OrderBy(s => s.FollowUpOn).Take(200).ToListAsync(ct);
        OwnerNames = await SignalApi.OwnerNamesAsync(session, Open, ct);
        Owners = await session.Query<User>().Where(u => !u.Disabled && (u.Roles.Contains(Roles.Staff) || u.Roles.Contains(Roles.Coordinator)))
            .OrderBy(u => u.Name).Take(500).ToListAsync(ct);
        audit.Record(User.ActorId(), "listed", "signal", null);
    }
}
