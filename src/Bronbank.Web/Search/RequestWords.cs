using Bronbank.Domain.Areas;
using Bronbank.Domain.Requests;
using Bronbank.Matching;

namespace Bronbank.Web.Search;

/// <summary>What matching needs of a help request, saved or not: its words and its practical facts.</summary>
public record RequestWords(string Question, string Neighbourhood, IReadOnlyList<string> Availability, IReadOnlyList<string> Languages)
{
    public static RequestWords Of(HelpRequest request) =>
        new(request.Question, request.Neighbourhood, [.. request.Availability], [.. request.Languages]);

    /// <summary>
    /// An unsaved request; the draft must have passed <see cref="HelpRequestDraft.Validate"/>. It is read the
    /// way a saved one is (<see cref="HelpRequest.Apply"/>), so the words cannot differ once it is saved.
    /// </summary>
    public static RequestWords Of(HelpRequestDraft validated, AreaCatalog areas)
    {
        var request = new HelpRequest();
        request.Apply(validated.Normalize(areas));
        return Of(request);
    }

    /// <summary>The same question for the activity index: activities nearby that may serve the resident beside a volunteer.</summary>
    public Matching.Activities.ActivityQuery ToActivityQuery(AreaCatalog areas, int limit = 5)
    {
        var area = areas.Find(Neighbourhood);
        return new(Question, area is null ? null : new GeoPoint(area.Lat, area.Lon), Availability, Languages, limit);
    }

    public CandidateQuery ToQuery(int limit, AreaCatalog areas)
    {
        var area = areas.Find(Neighbourhood);
        return new CandidateQuery(Question, area?.Name ?? Neighbourhood, area is null ? null : new GeoPoint(area.Lat, area.Lon),
            Availability, Languages, limit);
    }
}
