using Bronbank.Web.Accounts;
using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Matching;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Bronbank.Web.Matches;
using Bronbank.Web.Search;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Requests;

/// <summary>One hulpvraag with its ranked candidates and reasons, and "Voorstellen" to propose one of them.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class RequestPageModel(IQuerySession session, SearchIndex search, AreaDirectory areas, MatchService matches, RequestService requests, IAuditLog audit, Activities.ActivitySearch activitySearch) : PageModel
{
    public HelpRequest HelpRequest { get; private set; } = null!;
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];
    public IReadOnlyList<Matching.Activities.ActivityMatch> Activities { get; private set; } = [];
    public IReadOnlyList<Match> Matches { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> VolunteerNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlySet<string> Terms { get; private set; } = new HashSet<string>();
    public string? Message { get; private set; }
    public string? OwnerName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVoorstellenAsync(Guid id, Guid volunteerId, CancellationToken ct)
    {
        var outcome = await matches.ProposeAsync(id, volunteerId, null, User.ActorId(), ct);
        if (outcome.Failure is { } failure)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            Message = failure.Kind == Infrastructure.FailureKind.NotFound ? "Deze vrijwilliger of hulpvraag bestaat niet meer." : "Voorstellen lukte niet: deze vrijwilliger is al voorgesteld, heeft geen toestemming om gekoppeld te worden, of de hulpvraag is gesloten.";
            return Page();
        }
        var name = (await session.LoadAsync<Domain.Volunteers.Volunteer>(volunteerId, ct))?.Name ?? "De vrijwilliger";
        this.Say($"{name} is voorgesteld. Bel beide en bevestig de koppeling.");
        return Redirect("/koppelingen?status=proposed");
    }

    public async Task<IActionResult> OnPostThemaAsync(Guid id, string? theme, CancellationToken ct)
    {
        var outcome = await requests.CorrectThemeAsync(id, theme, ct);
        if (outcome.Failure is { Kind: Infrastructure.FailureKind.NotFound }) return NotFound();
        return Redirect($"/hulpvragen/{id}");
    }

    public async Task<IActionResult> OnPostAfsluitenAsync(Guid id, RequestClosure closure, string? note, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > HelpRequestDraft.MaxQuestionLength })
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            Message = $"Een toelichting is hoogstens {HelpRequestDraft.MaxQuestionLength} tekens.";
            return Page();
        }
        var outcome = await requests.CloseAsync(id, closure, text, ct);
        if (outcome.Failure is not null) return NotFound();
        this.Say($"De hulpvraag is afgesloten ({DutchWords.Of(closure)}).");
        return Redirect($"/hulpvragen/{id}");
    }

    public async Task<IActionResult> OnPostHeropenenAsync(Guid id, CancellationToken ct)
    {
        var outcome = await requests.ReopenAsync(id, ct);
        if (outcome.Failure is { Kind: Infrastructure.FailureKind.NotFound }) return NotFound();
        this.Say(outcome.Succeeded ? "De hulpvraag is weer open." : "De hulpvraag was niet gesloten.");
        return Redirect($"/hulpvragen/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var request = await session.LoadAsync<HelpRequest>(id, ct);
        if (request is null) return false;
        HelpRequest = request;
        Terms = Highlighter.TermsOf(request.Question);
        Candidates = search.FindCandidates(RequestWords.Of(request).ToQuery(10, areas.Current));
        Activities = await activitySearch.FindAsync(RequestWords.Of(request).ToActivityQuery(areas.Current), ct);
        Matches = await session.Query<Match>().Where(m => m.RequestId == id).OrderByDescending(m => m.ProposedAt).ToListAsync(ct);
        VolunteerNames = (await session.LoadManyAsync<Domain.Volunteers.Volunteer>(ct, Matches.Select(m => m.VolunteerId).Distinct())).ToDictionary(v => v.Id, v => v.Name);
        if (request.OwnerId is { } owner) OwnerName = (await ActorNames.ForAsync(session, [owner], ct))(owner);
        audit.Record(User, "viewed", "request", id);
        return true;
    }
}
