using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Matches;

public static class MatchQueries
{
    /// <summary>The proposed or active match of each volunteer for one help request, by volunteer.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Match>> OpenByVolunteerAsync(IQuerySession session, Guid requestId, CancellationToken ct)
    {
        var open = await session.Query<Match>()
            .Where(m => m.RequestId == requestId && (m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Active))
            .ToListAsync(ct);
        return Open(open);
    }

    /// <summary>The open ones among a request's matches, by volunteer (the newest when there are several).</summary>
    public static IReadOnlyDictionary<Guid, Match> Open(IEnumerable<Match> matches) =>
        matches.Where(m => m.IsOpen).GroupBy(m => m.VolunteerId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.ProposedAt)!);

    public static async Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, IQuerySession session, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var match = await session.LoadAsync<Match>(guid, ct);
        if (match is null) return Problems.NotFound($"No match with id {guid}.");
        var events = await session.Events.FetchStreamAsync(guid, token: ct);
        return TypedResults.Ok(match.AsResponse(events));
    }

    public static async Task<Results<Ok<IReadOnlyList<MatchResponse>>, ValidationProblem>> List(
        IQuerySession session, CancellationToken ct, string? status = null, string? volunteerId = null, string? requestId = null)
    {
        var errors = new ErrorBag();
        var parsedStatus = WireNames.Parse<MatchStatus>(status);
        if (status is not null && parsedStatus is null) errors.Add("status", $"One of {WireNames.Choices<MatchStatus>()}.");
        var volunteer = errors.OptionalId("volunteerId", volunteerId);
        var request = errors.OptionalId("requestId", requestId);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        IQueryable<Match> query = session.Query<Match>();
        if (parsedStatus is { } s) query = query.Where(m => m.Status == s);
        if (volunteer is { } vid) query = query.Where(m => m.VolunteerId == vid);
        if (request is { } rid) query = query.Where(m => m.RequestId == rid);
        var matches = await query.OrderByDescending(m => m.ProposedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<MatchResponse>>([.. matches.Select(m => m.AsResponse())]);
    }

    public static async Task<Results<Ok<IReadOnlyList<MatchResponse>>, ValidationProblem, ProblemHttpResult>> OfVolunteer(
        string id, IQuerySession session, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        if (await session.LoadAsync<Volunteer>(guid, ct) is null) return Problems.NotFound($"No volunteer with id {guid}.");
        var matches = await session.Query<Match>().Where(m => m.VolunteerId == guid).OrderByDescending(m => m.ProposedAt).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<MatchResponse>>([.. matches.Select(m => m.AsResponse())]);
    }

    public static async Task<Results<Ok<IReadOnlyList<MatchResponse>>, ValidationProblem, ProblemHttpResult>> OfRequest(
        string id, IQuerySession session, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        if (await session.LoadAsync<HelpRequest>(guid, ct) is null) return Problems.NotFound($"No help request with id {guid}.");
        var matches = await session.Query<Match>().Where(m => m.RequestId == guid).OrderByDescending(m => m.ProposedAt).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<MatchResponse>>([.. matches.Select(m => m.AsResponse())]);
    }

    public static async Task<Results<Ok<MatchStatsResponse>, ValidationProblem>> Stats(
        IQuerySession session, Areas.AreaDirectory areas, CancellationToken ct,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? neighbourhood = null)
    {
        var errors = new ErrorBag();
        if (from > to) errors.Add("from", "Must not be after 'to'.");
        var area = errors.KnownArea("neighbourhood", neighbourhood, areas.Current);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        return TypedResults.Ok(await MatchStatsResponse.CountAsync(session, from, to, area?.Name, ct));
    }
}
