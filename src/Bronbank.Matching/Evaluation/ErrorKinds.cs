namespace Bronbank.Matching.Evaluation;

/// <summary>
/// How a run goes wrong, counted by kind over a set's requests and never showing a request's words, so a
/// held-out set can be looked at without being learned from.
/// </summary>
public static class ErrorKinds
{
    public static IReadOnlyList<(string Kind, int Requests)> Summarise(IReadOnlyList<RankedRequest> results)
    {
        int Count(Func<RankedRequest, bool> kind) => results.Count(kind);
        static int Grade(RankedRequest r, string key) => r.Request.Relevant.GetValueOrDefault(key);
        static IEnumerable<string> Top(RankedRequest r) => r.RankedKeys.Take(RankingMetrics.K);
        return
        [
            ("no relevant volunteer in the top 10", Count(r => !Top(r).Any(k => Grade(r, k) > 0))),
            ("first place not relevant", Count(r => r.RankedKeys.Count == 0 || Grade(r, r.RankedKeys[0]) == 0)),
            ("an excellent fit (2) missing from the top 10", Count(r => r.Request.Relevant.Any(l => l.Value == 2 && !Top(r).Contains(l.Key)))),
            ("a partial fit (1) missing from the top 10", Count(r => r.Request.Relevant.Any(l => l.Value == 1 && !Top(r).Contains(l.Key)))),
            ("an unlabelled volunteer above an excellent fit", Count(r => Top(r).TakeWhile(k => Grade(r, k) < 2).Any(k => Grade(r, k) == 0)
                                                                          && Top(r).Any(k => Grade(r, k) == 2))),
            ("a partial fit above an excellent fit", Count(r => Top(r).TakeWhile(k => Grade(r, k) < 2).Any(k => Grade(r, k) == 1)
                                                                 && Top(r).Any(k => Grade(r, k) == 2))),
            ("fewer than 10 candidates", Count(r => r.RankedKeys.Count < RankingMetrics.K)),
        ];
    }
}
