namespace Bronbank.Matching.Evaluation;

/// <summary>Runs a data set through a fresh <see cref="VolunteerIndex"/> in a folder, without any service around it.</summary>
public static class InProcessEvaluation
{
    public static (EvalFigures Figures, IReadOnlyList<RankedRequest> Results) Run(EvalDataSet data, string indexDirectory)
    {
        using var index = VolunteerIndex.Open(indexDirectory);
        var ids = data.Volunteers.ToDictionary(v => v.Key, _ => Guid.NewGuid());
        var keys = ids.ToDictionary(p => p.Value, p => p.Key);
        index.Rebuild(data.Volunteers.Select(v => new VolunteerDocument(
            ids[v.Key], v.Name, v.Neighbourhood, v.Buurthuis, v.Passions, v.Talents, v.About, v.Availability, v.Languages,
            data.Locate(v.Neighbourhood), v.MaxMatches, 0, false, v.Active, true)), "evaluation", 0);

        var results = data.Requests.Select(r => new RankedRequest(r, [.. index.FindCandidates(new CandidateQuery(
                r.Question, r.Neighbourhood, data.Locate(r.Neighbourhood), r.Availability, r.Languages, RankingMetrics.K))
            .Select(c => keys[c.VolunteerId])])).ToList();
        return (RankingMetrics.Summarise(results, data.Volunteers), results);
    }
}
