namespace Bronbank.Matching.Evaluation;

/// <summary>Per-request result of a ranking run: the keys in ranked order and the request's labels.</summary>
public sealed record RankedRequest(EvalRequest Request, IReadOnlyList<string> RankedKeys);

public sealed record EvalFigures(double NdcgAt10, double RecallAt10, int Violations, int Requests)
{
    public override string ToString() => $"nDCG@10 {NdcgAt10:0.000}  recall@10 {RecallAt10:0.000}  violations {Violations}  ({Requests} requests)";
}

/// <summary>nDCG@10 with graded gains (2, 1), recall@10 of everything labelled, and hard-rule violations in a top 10.</summary>
public static class RankingMetrics
{
    public const int K = 10;

    public static double NdcgAt10(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> labels)
    {
        double Dcg(IEnumerable<int> gains) => gains.Take(K).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(labels.Values.OrderByDescending(g => g));
        return ideal == 0 ? 0 : Dcg(ranked.Select(k => labels.GetValueOrDefault(k))) / ideal;
    }

    public static double RecallAt10(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> labels)
    {
        var relevant = labels.Where(l => l.Value > 0).Select(l => l.Key).ToHashSet();
        return relevant.Count == 0 ? 1 : ranked.Take(K).Count(relevant.Contains) / (double)relevant.Count;
    }

    /// <summary>Inactive volunteers or volunteers sharing no language with the resident in a top 10.</summary>
    public static int Violations(IReadOnlyList<string> ranked, EvalRequest request, IReadOnlyDictionary<string, EvalVolunteer> volunteers) =>
        ranked.Take(K).Count(key => volunteers.TryGetValue(key, out var v) && (!v.Active || !v.Languages.Intersect(request.Languages).Any()));

    public static EvalFigures Summarise(IReadOnlyList<RankedRequest> results, IReadOnlyList<EvalVolunteer> volunteers)
    {
        var byKey = volunteers.ToDictionary(v => v.Key);
        return new EvalFigures(
            results.Average(r => NdcgAt10(r.RankedKeys, r.Request.Relevant)),
            results.Average(r => RecallAt10(r.RankedKeys, r.Request.Relevant)),
            results.Sum(r => Violations(r.RankedKeys, r.Request, byKey)),
            results.Count);
    }
}
