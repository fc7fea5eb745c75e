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

/// <summary>The sizes of <see cref="TaskGroups"/> the start page shows: follow-ups due, and everything else together.</summary>
public sealed record TaskCounts(int FollowUps, int Others)
{
    public int Count => FollowUps + Others;
}

/// <summary>
/// The coordinator's week in one list: follow-ups that are due, requests waiting too long without a
/// proposal, proposals nobody answered, volunteers who wait long for a first match, and volunteers the
/// retention run flagged for review. Each item links to the page where it is handled.
/// </summary>
public sealed class TaskList(IQuerySession session, TimeProvider clock, IOptions<TaskOptions> options)
{
    /// <summary>The most items one group of the list shows.</summary>
    public const int Shown = 200;

    public async Task<TaskGroups> LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var o = options.Value;

        var due = await Due(today).OrderBy(m => m.FollowUpOn).Take(Shown).ToListAsync(ct);
        var waiting = await Waiting(now.AddDays(-o.RequestWaitingDays)).OrderBy(r => r.CreatedAt).Take(Shown).ToListAsync(ct);
        var unanswered = await Unanswered(now.AddDays(-o.ProposalUnansweredDays)).OrderBy(m => m.ProposedAt).Take(Shown).ToListAsync(ct);

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
            [.. (await Review().OrderBy(v => v.ReviewRequestedAt).Take(Shown).ToListAsync(ct))
                .Select(v => new TaskItem($"/vrijwilligers/{v.Id}", $"{v.Name} is gestopt en lang bewaard: bekijk of het profiel weg kan", v.ReviewRequestedAt!.Value))]);
    }

    /// <summary>
    /// How many items each group of <see cref="LoadAsync"/> holds (each at most <see cref="Shown"/>, as the list),
    /// counted in PostgreSQL for the start page, which shows only the numbers.
    /// </summary>
    public async Task<TaskCounts> CountAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var due = await Due(DateOnly.FromDateTime(now.UtcDateTime)).CountAsync(ct);
        var others = Math.Min(await Waiting(now.AddDays(-o.RequestWaitingDays)).CountAsync(ct), Shown);
        others += Math.Min(await Unanswered(now.AddDays(-o.ProposalUnansweredDays)).CountAsync(ct), Shown);
        others += Math.Min(await Review().CountAsync(ct), Shown);
        var schema = session.DocumentStore.Options.Schema;
        var volunteers = await session.AdvancedSql.QueryAsync<int>($"""
            select count(*)::int from {schema.For<Volunteer>()} v
            left join {schema.For<VolunteerCapacity>()} c on c.id = v.id
            where {WaitingForFirstMatch}
            """, ct, now.AddDays(-o.VolunteerWaitingDays).ToUniversalTime());
        others += Math.Min(volunteers.Single(), Shown);
        return new TaskCounts(Math.Min(due, Shown), others);
    }

    /// <summary>
    /// Volunteers who wait long for a first match, asked of PostgreSQL over the jsonb of the volunteer and capacity
    /// tables: only the rows the list shows, not every active profile.
    /// </summary>
    private async Task<IReadOnlyList<TaskItem>> WaitingVolunteersAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Schema;
        var rows = await session.AdvancedSql.QueryAsync<WaitingVolunteer>($"""
            select jsonb_build_object('id', v.id, 'name', v.data -> 'name', 'neighbourhood', v.data -> 'neighbourhood',
                'intakeOn', v.data -> 'intakeOn', 'createdAt', v.data -> 'createdAt') as data
            from {schema.For<Volunteer>()} v
            left join {schema.For<VolunteerCapacity>()} c on c.id = v.id
            where {WaitingForFirstMatch}
            order by (v.data ->> 'createdAt')::timestamptz, v.id
            limit {Shown}
            """, ct, cutoff.ToUniversalTime());
        return [.. rows.Select(v => new TaskItem($"/vrijwilligers/{v.Id}", $"{v.Name} ({v.Neighbourhood}) wacht op een eerste koppeling", v.IntakeOn is { } on ? At(on) : v.CreatedAt))];
    }

    /// <summary>Active, not paused, signed up before the parameter, consent to be matched, and never matched.</summary>
    private const string WaitingForFirstMatch = """
        (v.data ->> 'active')::boolean and v.data ->> 'pausedUntil' is null and (v.data ->> 'createdAt')::timestamptz < ?
          and coalesce((v.data -> 'consent' ->> 'matching')::boolean, false) and c.data ->> 'firstMatchedAt' is null
        """;

    private sealed record WaitingVolunteer(Guid Id, string Name, string Neighbourhood, DateOnly? IntakeOn, DateTimeOffset CreatedAt);

    private IQueryable<Match> Due(DateOnly today) =>
        session.Query<Match>().Where(m => m.Status == MatchStatus.Active && m.FollowUpOn != null && m.FollowUpOn <= today);

    private IQueryable<HelpRequest> Waiting(DateTimeOffset cutoff) =>
        session.Query<HelpRequest>().Where(r => r.Status == RequestStatus.Open && r.CreatedAt < cutoff);

    private IQueryable<Match> Unanswered(DateTimeOffset cutoff) =>
        session.Query<Match>().Where(m => m.Status == MatchStatus.Proposed && m.ProposedAt < cutoff);

    private IQueryable<Volunteer> Review() => session.Query<Volunteer>().Where(v => v.ReviewRequestedAt != null);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Short(string text) => text.Length > 70 ? text[..70] + "…" : text;
}
