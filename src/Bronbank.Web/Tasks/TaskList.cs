using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Matches;
using Marten;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Tasks;

/// <summary>How long things may wait before they are on the coordinator's "Te doen" list.</summary>
public sealed class TaskOptions
{
    public const string Section = "Bronbank:Tasks";

    [System.ComponentModel.DataAnnotations.Range(0, 365)] public int RequestWaitingDays { get; set; } = 7;
    [System.ComponentModel.DataAnnotations.Range(0, 365)] public int ProposalUnansweredDays { get; set; } = 7;
    [System.ComponentModel.DataAnnotations.Range(0, 365)] public int VolunteerWaitingDays { get; set; } = 30;
}

/// <summary>One thing to do: where it is handled, what it is, and since when.</summary>
public sealed record TaskItem(string Href, string Text, DateTimeOffset Since);

public sealed record TaskGroups(
    IReadOnlyList<TaskItem> FollowUps, IReadOnlyList<TaskItem> WaitingRequests, IReadOnlyList<TaskItem> UnansweredProposals,
    IReadOnlyList<TaskItem> WaitingVolunteers, IReadOnlyList<TaskItem> ReviewVolunteers)
{
    public int Count => FollowUps.Count + WaitingRequests.Count + UnansweredProposals.Count + WaitingVolunteers.Count + ReviewVolunteers.Count;
}

/// <summary>
/// The coordinator's week in one list: follow-ups that are due, requests waiting too long without a
/// proposal, proposals nobody answered, volunteers who wait long for a first match, and volunteers the
/// retention run flagged for review. Each item links to the page where it is handled.
/// </summary>
public sealed class TaskList(IQuerySession session, TimeProvider clock, IOptions<TaskOptions> options)
{
    public async Task<TaskGroups> LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var o = options.Value;

        var due = await session.Query<Match>().Where(m => m.Status == MatchStatus.Active && m.FollowUpOn != null && m.FollowUpOn <= today)
            .OrderBy(m => m.FollowUpOn).Take(200).ToListAsync(ct);
        var requestCutoff = now.AddDays(-o.RequestWaitingDays);
        var waiting = await session.Query<HelpRequest>().Where(r => r.Status == RequestStatus.Open && r.CreatedAt < requestCutoff)
            .OrderBy(r => r.CreatedAt).Take(200).ToListAsync(ct);
        var proposalCutoff = now.AddDays(-o.ProposalUnansweredDays);
        var unanswered = await session.Query<Match>().Where(m => m.Status == MatchStatus.Proposed && m.ProposedAt < proposalCutoff)
            .OrderBy(m => m.ProposedAt).Take(200).ToListAsync(ct);

        var matches = due.Concat(unanswered).ToList();
        var names = (await session.LoadManyAsync<Volunteer>(ct, matches.Select(m => m.VolunteerId).Distinct())).ToDictionary(v => v.Id, v => v.Name);
        var questions = (await session.LoadManyAsync<HelpRequest>(ct, matches.Select(m => m.RequestId).Distinct())).ToDictionary(r => r.Id, r => Short(r.Question));
        string Who(Match m) => names.GetValueOrDefault(m.VolunteerId, "een verwijderde vrijwilliger");
        string What(Match m) => questions.GetValueOrDefault(m.RequestId, "een verwijderde hulpvraag");

        return new TaskGroups(
            [.. due.Select(m => new TaskItem($"/koppelingen/{m.Id}#navragen", $"Vraag na hoe het gaat met {Who(m)} bij \"{What(m)}\"", At(m.FollowUpOn!.Value)))],
            [.. waiting.Select(r => new TaskItem($"/hulpvragen/{r.Id}", $"\"{Short(r.Question)}\" ({r.Neighbourhood}) wacht op een voorstel", r.CreatedAt))],
            [.. unanswered.Select(m => new TaskItem($"/koppelingen/{m.Id}", $"{Who(m)} is voorgesteld voor \"{What(m)}\" en nog niet bevestigd of afgewezen", m.ProposedAt))],
            await WaitingVolunteersAsync(now.AddDays(-o.VolunteerWaitingDays), ct),
            [.. (await session.Query<Volunteer>().Where(v => v.ReviewRequestedAt != null).OrderBy(v => v.ReviewRequestedAt).Take(200).ToListAsync(ct))
                .Select(v => new TaskItem($"/vrijwilligers/{v.Id}", $"{v.Name} is gestopt en lang bewaard: bekijk of het profiel weg kan", v.ReviewRequestedAt!.Value))]);
    }

    private async Task<IReadOnlyList<TaskItem>> WaitingVolunteersAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var candidates = await session.Query<Volunteer>().Where(v => v.Active && v.PausedUntil == null && v.CreatedAt < cutoff)
            .OrderBy(v => v.CreatedAt).ToListAsync(ct);
        var matched = (await session.LoadManyAsync<VolunteerCapacity>(ct, candidates.Select(v => v.Id)))
            .Where(c => c.FirstMatchedAt is not null).Select(c => c.Id).ToHashSet();
        return [.. candidates.Where(v => v.Consent?.Matching == true && !matched.Contains(v.Id)).Take(200)
            .Select(v => new TaskItem($"/vrijwilligers/{v.Id}", $"{v.Name} ({v.Neighbourhood}) wacht op een eerste koppeling", v.IntakeOn is { } on ? At(on) : v.CreatedAt))];
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Short(string text) => text.Length > 70 ? text[..70] + "…" : text;
}
