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
public sealed class PrivacyService(IDocumentSession session, MatchCommands matches, IChangeFollower follower, ErasureLedger ledger)
{
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
    /// In one transaction: closes the volunteer's open matches, masks the free text in every event of their
    /// matches, deletes the profile and its capacity, and writes the id to the erasure ledger. Every
    /// instance's feed follower then drops them from its index (files purged); this one before the answer goes out.
    /// </summary>
    public async Task<Failure?> EraseVolunteerAsync(Guid id, CancellationToken ct)
    {
        if (!await StageErasureAsync(id, ct)) return Failure.NotFound("volunteer", id);
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct);
        return null;
    }

    /// <summary>Stages the whole erasure on the session; the caller commits. False when there is no such volunteer.</summary>
    public async Task<bool> StageErasureAsync(Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Volunteer>(id, ct) is null) return false;
        await matches.EraseVolunteerAsync(session, id, Actors.Erasure, ct);
        session.Delete<Volunteer>(id);
        session.Delete<VolunteerCapacity>(id);
        ledger.Stage(session, ErasureLedger.Volunteer, id);
        return true;
    }
}
