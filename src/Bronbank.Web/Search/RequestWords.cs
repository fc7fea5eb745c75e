using Bronbank.Domain.Areas;
using Bronbank.Domain.Requests;
using Bronbank.Matching;

namespace Bronbank.Web.Search;

/// <summary>What matching needs of a help request, saved or not: its words and its practical facts.</summary>
public record RequestWords(string Question, string Neighbourhood, IReadOnlyList<string> Availability, IReadOnlyList<string> Languages)
{
    public static RequestWords Of(HelpRequest request) =>
        new(request.Question, request.Neighbourhood, [.. request.Availability], [.. request.Languages]);

    /// <summary>An unsaved request; the draft must have passed <see cref="HelpRequestDraft.Validate"/>, so normalising fills every field.</summary>
    public static RequestWords Of(HelpRequestDraft validated, AreaCatalog areas)
    {
        var draft = validated.Normalize(areas);
        return new(draft.Question!, draft.Neighbourhood!, [.. draft.Availability!.OfType<string>()], [.. draft.Languages!.OfType<string>()]);
    }

    public CandidateQuery ToQuery(int limit, AreaCatalog areas)
    {
        var area = areas.Find(Neighbourhood);
        return new CandidateQuery(Question, area?.Name ?? Neighbourhood, area is null ? null : new GeoPoint(area.Lat, area.Lon),
            Availability, Languages, limit);
    }
}
