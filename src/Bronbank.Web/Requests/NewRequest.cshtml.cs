using Bronbank.Domain.Requests;
using Bronbank.Matching;
using Bronbank.Matching.Activities;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Bronbank.Web.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Requests;

/// <summary>
/// A new hulpvraag at the spreekuur: the candidate list follows the typing (htmx, debounced) and, without
/// JavaScript, appears after "Kandidaten bekijken". Nothing is saved until "Opslaan".
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NewRequestModel(RequestService requests, SearchIndex search, AreaDirectory areas, Activities.ActivitySearch activitySearch) : PageModel
{
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public string? Neighbourhood { get; set; }
    [BindProperty] public List<string> Availability { get; set; } = [];
    [BindProperty] public List<string> Languages { get; set; } = [];
    [BindProperty] public string? ResidentRef { get; set; }
    [BindProperty] public string? Source { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = [];
    public IReadOnlyList<Candidate>? Candidates { get; private set; }
    public IReadOnlyList<ActivityMatch> Activities { get; private set; } = [];
    public AreaDirectory Areas => areas;

    public void OnGet() => Languages = ["nl"];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await requests.CreateAsync(Draft(), ct, actor: User.ActorId());
        if (outcome.Failure is { } failure)
        {
            Errors = DutchErrors.From(failure.Errors);
            return Page();
        }
        this.Say("De hulpvraag is opgeslagen.");
        return Redirect($"/hulpvragen/{outcome.Value!.Id}");
    }

    public async Task<IActionResult> OnPostVoorbeeldAsync(CancellationToken ct)
    {
        Candidates = Find(out var errors);
        Errors = errors;
        Activities = await FindActivitiesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostKandidatenAsync(CancellationToken ct) =>
        Partial("/Requests/_Candidates.cshtml", (Find(out _) ?? [], Highlighter.TermsOf(Question), (Guid?)null, NoMatches.None, await FindActivitiesAsync(ct)));

    /// <summary>Activities nearby for the same question (none while it is not valid yet).</summary>
    private async Task<IReadOnlyList<ActivityMatch>> FindActivitiesAsync(CancellationToken ct)
    {
        var draft = Draft();
        return draft.Validate(areas.Current).Count > 0 ? [] : await activitySearch.FindAsync(RequestWords.Of(draft, areas.Current).ToActivityQuery(areas.Current), ct);
    }

    private IReadOnlyList<Candidate>? Find(out Dictionary<string, string> errors)
    {
        var draft = Draft();
        var problems = draft.Validate(areas.Current);
        errors = DutchErrors.From(problems);
        if (problems.Count > 0) return null;
        return search.FindCandidates(RequestWords.Of(draft, areas.Current).ToQuery(10, areas.Current));
    }

    private HelpRequestDraft Draft() => new()
    {
        Question = Question, Neighbourhood = Neighbourhood, Availability = Availability,
        Languages = Languages.Count == 0 ? null : Languages, ResidentRef = ResidentRef, Source = Source,
    };
}

/// <summary>An unsaved request has no matches yet.</summary>
public static class NoMatches
{
    public static readonly IReadOnlyDictionary<Guid, Domain.Matches.Match> None = new Dictionary<Guid, Domain.Matches.Match>();
}
