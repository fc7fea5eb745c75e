using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Activities;

/// <summary>
/// Create or edit an activity or spreekuur, with the API's own validation (the same <see cref="ActivityService"/>):
/// Dutch messages by field, and everything typed kept on a bad submit. A board chooses among its own buurthuizen.
/// </summary>
[Authorize(Policy = ActivityPolicies.Use)]
public sealed class ActivityFormModel(ActivityService activities, IQuerySession session) : PageModel
{
    /// <summary>Target groups offered as choices; any other is typed in the field beside them.</summary>
    public static readonly string[] CommonGroups =
        ["ouderen", "mantelzorgers", "nieuwkomers", "jongeren", "ouders", "mensen met geldzorgen", "buurtbewoners", "mensen met een beperking"];

    public static readonly (string Value, string Label)[] Recurrences =
        [("weekly", "elke week"), ("biweekly", "om de week"), ("monthly", "maandelijks")];

    public static readonly (int Value, string Label)[] WeeksOfMonth =
        [(1, "eerste"), (2, "tweede"), (3, "derde"), (4, "vierde"), (-1, "laatste")];

    public static readonly string[] DayNames = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public Guid? BuurthuisId { get; set; }
    [BindProperty] public string? Weekday { get; set; }
    [BindProperty] public string? Start { get; set; }
    [BindProperty] public string? End { get; set; }
    [BindProperty] public string? Recurrence { get; set; }
    [BindProperty] public int? WeekOfMonth { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public List<string> TargetGroups { get; set; } = [];
    [BindProperty] public string? OtherGroups { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> Languages { get; set; } = [];
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public int? Version { get; set; }

    public Guid? Id { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Conflict { get; private set; }
    public IReadOnlyList<Buurthuis> Places { get; private set; } = [];
    public IReadOnlyList<string> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? buurthuis, CancellationToken ct)
    {
        Id = id;
        await LoadChoicesAsync(ct);
        if (id is null)
        {
            (Kind, Recurrence, Languages, BuurthuisId) = ("activiteit", "weekly", ["nl"], buurthuis ?? (Places.Count == 1 ? Places[0].Id : null));
            return Page();
        }
        var a = await session.LoadAsync<Activity>(id.Value, ct);
        if (a is null) return NotFound();
        if (!ActivityAccess.MayUse(User, await session.LoadAsync<Buurthuis>(a.BuurthuisId, ct))) return Forbid();
        (Title, Kind, Organisation, BuurthuisId, Description, Contact, Version) = (a.Title, a.Kind.ToWire(), a.Organisation, a.BuurthuisId, a.Description, a.Contact, a.Version);
        var s = a.Schedule;
        (Weekday, Start, End, Recurrence, WeekOfMonth, From, Until) = (s.Weekday, ActivityMapping.Time(s.Start), ActivityMapping.Time(s.End), s.Recurrence.ToWire(), s.WeekOfMonth, s.From, s.Until);
        TargetGroups = [.. a.TargetGroups.Where(CommonGroups.Contains)];
        OtherGroups = string.Join(", ", a.TargetGroups.Where(g => !CommonGroups.Contains(g)));
        Languages = a.Languages;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var draft = new ActivityDraft
        {
            Title = Title, Kind = Kind, Organisation = Organisation, BuurthuisId = BuurthuisId, Description = Description, Contact = Contact,
            Schedule = new ScheduleInput { Weekday = Weekday, Start = Start, End = End, Recurrence = Recurrence, WeekOfMonth = WeekOfMonth, From = From, Until = Until },
            TargetGroups = [.. TargetGroups, .. (OtherGroups ?? "").Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            Languages = Languages.Count == 0 ? [] : Languages,
        };
        var outcome = id is null ? await activities.CreateAsync(draft, User, ct) : await activities.UpdateAsync(id.Value, draft, Version, User, ct);
        if (outcome.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound) return NotFound();
            await LoadChoicesAsync(ct);
            Errors = DutchErrors.From(failure.Errors);
            if (failure.Kind == FailureKind.Forbidden) Errors["buurthuisId"] = "U beheert alleen de activiteiten van uw eigen buurthuis; kies dat buurthuis.";
            if (failure.Kind == FailureKind.PreconditionFailed)
                Conflict = "Iemand anders heeft deze activiteit intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nog eens in.";
            return Page();
        }
        var (saved, place) = outcome.Value;
        this.Say($"{saved.Title} in {place.Name} is opgeslagen ({saved.Schedule.Describe()}).");
        return Redirect("/bouwblokken#activiteiten");
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id, CancellationToken ct)
    {
        var title = (await session.LoadAsync<Activity>(id, ct))?.Title;
        var failure = await activities.DeleteAsync(id, User, ct);
        if (failure is { Kind: FailureKind.NotFound }) return NotFound();
        if (failure is { Kind: FailureKind.Forbidden }) return Forbid();
        this.Say($"{title} is verwijderd.");
        return Redirect("/bouwblokken#activiteiten");
    }

    public bool HasGroup(string group) => TargetGroups.Contains(group, StringComparer.OrdinalIgnoreCase);

    /// <summary>The buurthuizen this person may plan in, and the organisations already named (to pick from).</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Places = [.. (await session.Query<Buurthuis>().ToListAsync(ct)).Where(b => ActivityAccess.MayUse(User, b)).OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)];
        Organisations = [.. (await session.Query<Activity>().Select(a => a.Organisation).ToListAsync(ct)).Distinct().Order(StringComparer.CurrentCultureIgnoreCase)];
    }
}
