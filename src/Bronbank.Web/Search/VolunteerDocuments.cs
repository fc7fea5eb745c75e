using Bronbank.Domain.Areas;
using Bronbank.Domain.Volunteers;
using Bronbank.Matching;
using Bronbank.Web.Matches;
using Marten;

namespace Bronbank.Web.Search;

/// <summary>Reads profiles with their capacity from PostgreSQL and shapes them for the index.</summary>
public static class VolunteerDocuments
{
    public static VolunteerDocument ToDocument(Volunteer v, VolunteerCapacity? capacity, AreaCatalog areas)
    {
        var area = areas.Find(v.Neighbourhood);
        return new VolunteerDocument(
            v.Id, v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents, v.About, v.Availability, v.Languages,
            area is null ? null : new GeoPoint(area.Lat, area.Lon),
            v.MaxMatches, capacity?.Active.Count ?? 0, capacity?.FirstMatchedAt is not null, Active: v.Active && !v.IsPaused, // a paused volunteer is out of the candidates until the pause ends
            ConsentMatching: v.Consent?.Matching == true);
    }

    /// <summary>The current documents for these ids; an id without a profile is absent from the result (deleted).</summary>
    public static async Task<Dictionary<Guid, VolunteerDocument>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, AreaCatalog areas, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var volunteers = await session.LoadManyAsync<Volunteer>(ct, ids);
        var capacities = (await session.LoadManyAsync<VolunteerCapacity>(ct, ids)).ToDictionary(c => c.Id);
        return volunteers.ToDictionary(v => v.Id, v => ToDocument(v, capacities.GetValueOrDefault(v.Id), areas));
    }

    /// <summary>Every profile, streamed in pages so a rebuild of a million profiles does not hold them all at once.</summary>
    public static async IAsyncEnumerable<VolunteerDocument> StreamAllAsync(IQuerySession session, AreaCatalog areas,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int pageSize = 2000;
        var after = Guid.Empty;
        while (true)
        {
            // Keyset paging on the primary key: constant cost per page however deep the rebuild is.
            var page = await session.QueryAsync<Volunteer>($"where id > ? order by id limit {pageSize}", ct, after);
            if (page.Count == 0) yield break;
            var capacities = (await session.LoadManyAsync<VolunteerCapacity>(ct, page.Select(v => v.Id))).ToDictionary(c => c.Id);
            foreach (var v in page) yield return ToDocument(v, capacities.GetValueOrDefault(v.Id), areas);
            after = page[^1].Id;
        }
    }
}
