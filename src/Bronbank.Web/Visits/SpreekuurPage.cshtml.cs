using Bronbank.Matching.Themes;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Visits;

/// <summary>
/// The inloopspreekuur on a tablet: a visit in a few taps (themes, referral and outcome as toggles), the
/// day's visits below, and undo for the one just logged. Plain form posts, so it works without JavaScript.
/// </summary>
[Authorize(Policy = SpreekuurPolicy.Name)]
public sealed class SpreekuurPageModel(VisitService visits, IQuerySession session, AreaDirectory areas, TimeProvider clock) : PageModel
{
    private static readonly Dictionary<string, string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        ["area"] = "Kies de wijk of buurt van het spreekuur.",
        ["themes"] = "Kies minstens één thema.",
        ["question"] = "De vraag is hoogstens 500 tekens, zonder namen.",
        ["referredTo"] = "Kies organisaties uit de lijst.",
        ["outcome"] = "Kies hoe het bezoek afliep.",
    };

    [BindProperty(SupportsGet = true, Name = "gebied")] public string? Area { get; set; }
    [BindProperty] public List<string> Themes { get; set; } = [];
    [BindProperty] public List<string> ReferredTo { get; set; } = [];
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Question { get; set; }
    [BindProperty(SupportsGet = true, Name = "opgeslagen")] public Guid? Saved { get; set; }
    [BindProperty(SupportsGet = true, Name = "ongedaan")] public bool Undone { get; set; }
    [BindProperty(SupportsGet = true, Name = "lijst")] public bool ListSaved { get; set; }
    /// <summary>The referral list as typed, one organisation per line, kept when it is refused.</summary>
    public string? ListText { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = [];
    public IReadOnlyList<string> AllThemes => ThemeClassifier.All;
    public IReadOnlyList<string> Referrals { get; private set; } = [];
    public IReadOnlyList<Visit> TodaysVisits { get; private set; } = [];
    public AreaDirectory Areas => areas;
    public DateOnly Day { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = new VisitDraft { Area = Area, Themes = Themes, ReferredTo = ReferredTo, Outcome = Outcome, Question = Question };
        var outcome = await visits.CreateAsync(draft, User.ActorId(), ct);
        if (outcome.Failure is { } failure)
        {
            Errors = (failure.Errors ?? []).Keys.Select(k => k.Split('[')[0]).Distinct()
                .ToDictionary(k => k, k => Dutch.GetValueOrDefault(k, "Controleer dit veld."), StringComparer.OrdinalIgnoreCase);
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/spreekuur?gebied={Uri.EscapeDataString(outcome.Value!.Area)}&opgeslagen={outcome.Value.Id}");
    }

    public async Task<IActionResult> OnPostOngedaanAsync(Guid id, CancellationToken ct)
    {
        await visits.DeleteAsync(id, User.ActorId(), ct);
        return Redirect($"/spreekuur?gebied={Uri.EscapeDataString(Area ?? "")}&ongedaan=true");
    }

    /// <summary>The organisations to refer to, edited where they are used: one per line, in the order the toggles show them.</summary>
    public async Task<IActionResult> OnPostOrganisatiesAsync(string? organisaties, CancellationToken ct)
    {
        var lines = (organisaties ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var outcome = await visits.ReplaceReferralsAsync(lines, ct);
        if (outcome.Failure is not null)
        {
            Errors = new(StringComparer.OrdinalIgnoreCase) { ["organisations"] = "Eén tot vijftig organisaties, elk één keer, elk hoogstens 100 tekens. De lijst is niet veranderd." };
            ListText = organisaties;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/spreekuur?gebied={Uri.EscapeDataString(Area ?? "")}&lijst=true");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Day = Today.In(clock);
        Referrals = await ReferralList.LoadAsync(session, ct);
        var area = areas.Current.Find(Area)?.Name;
        var query = session.Query<Visit>().Where(v => v.Date == Day);
        if (area is not null) query = query.Where(v => v.Area == area);
        TodaysVisits = await query.OrderByDescending(v => v.RecordedAt).Take(100).ToListAsync(ct);
        // Undo is offered for the visit just logged, and only while it is still there and yours.
        if (Saved is { } id && !TodaysVisits.Any(v => v.Id == id && v.RecordedBy == User.ActorId())) Saved = null;
    }

    public static string Time(Visit visit) => Today.Local(visit.RecordedAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
