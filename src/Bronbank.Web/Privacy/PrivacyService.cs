using Bronbank.Domain.Matches;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Matches;
using Bronbank.Web.Storage;
using Bronbank.Web.Volunteers;
using Marten;

namespace Bronbank.Web.Privacy;

/// <summary>
/// The rights of the people in Bronbank: access (everything held about a volunteer) and erasure (gone
/// from the profile store, the match history's free text, and every instance's index and its files).
/// </summary>
public sealed class PrivacyService(IDocumentSession session, IDocumentStore store, MatchService matches, IEnumerable<IWriteListener> listeners)
{
    public const string ErasureActor = "erasure";

    public async Task<VolunteerExport?> ExportAsync(Guid id, CancellationToken ct)
    {
        var volunteer = await session.LoadAsync<Volunteer>(id, ct);
        if (volunteer is null) return null;
        var capacity = await session.LoadAsync<VolunteerCapacity>(id, ct);
        var ofVolunteer = await session.Query<Match>().Where(m => m.VolunteerId == id).OrderBy(m => m.ProposedAt).ToListAsync(ct);
        var withHistory = new List<MatchResponse>();
        foreach (var match in ofVolunteer)
            withHistory.Add(match.AsResponse(await session.Events.FetchStreamAsync(match.Id, token: ct)));
        return new VolunteerExport(volunteer.AsResponse(), volunteer.ConsentHistory.Select(c => c.AsResponse()).ToList(),
            capacity?.Active.Count ?? 0, withHistory, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// Closes the volunteer's open matches, deletes the profile and its capacity, masks the free text in
    /// every event of their matches, and has every instance drop them from its index (files purged).
    /// </summary>
    public async Task<Failure?> EraseVolunteerAsync(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Volunteer>(id, ct) is null) return Failure.NotFound("volunteer", id);
        var theirs = await session.Query<Match>().Where(m => m.VolunteerId == id).ToListAsync(ct);
        foreach (var open in theirs.Where(m => m.IsOpen))
        {
            var closed = open.Status == MatchStatus.Active
                ? await matches.EndAsync(open.Id, MatchOutcome.VolunteerStopped, null, ErasureActor, ct)
                : await matches.DeclineAsync(open.Id, DeclineReason.Other, null, ErasureActor, ct);
            if (closed.Failure is { } failure) return failure;
        }

        session.Delete<Volunteer>(id);
        session.Delete<VolunteerCapacity>(id);
        ChangeLog.Record(session, ChangedEntity.Volunteer, id);
        await session.SaveChangesAsync(ct);

        if (theirs.Count > 0)
        {
            await store.Advanced.ApplyEventDataMasking(m =>
            {
                foreach (var match in theirs) m.IncludeStream(match.Id);
            }, ct);
        }
        foreach (var listener in listeners) await listener.OnChangedAsync(ChangedEntity.Volunteer, id, ct);
        return null;
    }
}
