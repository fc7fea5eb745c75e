using Bronbank.Matching.Evaluation;
using Xunit.Abstractions;

namespace Bronbank.Matching.Tests.Evaluation;

/// <summary>
/// A regression guard on every evaluation set the repository carries (<c>tests/eval/*</c>): each runs
/// through the in-process ranking with floors a little under its measured figures.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    /// <summary>Floors per set (nDCG@10, recall@10), a little under the figures measured when they were set.</summary>
    private static readonly Dictionary<string, (double Ndcg, double Recall)> Floors = new()
    {
        // Tuned on; measured 0.962 / 1.000 (2026-12-04, round seven).
        [EvalSets.Development] = (0.93, 0.97),
        // Written blind in round one, tuned on since; measured 0.959 / 0.981 (round six).
        ["blind1"] = (0.93, 0.95),
        // Written blind in round one, tuned on since; measured 0.957 / 0.980 (round six).
        ["blind2"] = (0.93, 0.95),
        // Written blind in round one (Almere, terse typing), read in round two; 0.927 / 0.951 (round seven).
        ["blind3"] = (0.90, 0.92),
        // Written blind in round one (Groningen, much resident context), read in round two; 0.894 / 0.908 (round six).
        ["blind4"] = (0.86, 0.88),
        // Written blind in round two (Eindhoven), measured untouched at 0.762 → 0.783, then read; 0.866 / 0.890 (round six),
        // 0.871 / 0.906 (round eight).
        ["blind5"] = (0.83, 0.86),
        // Written blind in round two (Rotterdam, four coordinator voices), never read: measured only; 0.910 / 0.941 (round six).
        ["blind6"] = (0.88, 0.91),
        // Written blind in round three (Groningen city and villages, 182 volunteers, 55 requests) by a helper shown only
        // the data format and the product brief; measured untouched on 8f744ef at 0.896 / 0.885, never read; 0.921 / 0.901 after round six, 0.927 / 0.912 after round seven.
        ["blind7"] = (0.90, 0.88),
        // Written blind in round four (Maastricht, 157 volunteers, 50 requests) the same way; measured untouched on cfe97b2
        // at 0.911 / 0.925 (PostgreSQL baseline 0.595 / 0.645), never read; 0.935 / 0.971 after round six, 0.931 / 0.971 after round seven.
        ["blind8"] = (0.90, 0.94),
        // Written blind at the end of round five (Zwolle, 144 volunteers, 52 requests) the same way; measured untouched on
        // 1361f77 at 0.829 / 0.838 (0.824 / 0.830 at the round's start, b900958; PostgreSQL baseline 0.533 / 0.607), never read;
        // 0.856 / 0.841 after round six, 0.857 / 0.841 after round seven.
        ["blind9"] = (0.82, 0.81),
        // Written blind at the end of round seven (Nijmegen, 146 volunteers, 50 requests) the same way; measured untouched on
        // 57cc614 at 0.903 / 0.945 (0.893 / 0.945 at the round's start, 7624b10; PostgreSQL baseline 0.593 / 0.662), never read.
        ["blind10"] = (0.87, 0.92),
        // Written blind in round eight (Zwolle again, 139 volunteers, 50 requests in a coordinator's quick notes: shorthand and
        // fragments) the same way; measured untouched at 0.854 / 0.894 on the round's start (07b291d) and on fcd84f3
        // (PostgreSQL baseline 0.551 / 0.669), never read; 0.858 / 0.880 at the round's end.
        ["blind11"] = (0.82, 0.86),
        // Written blind in round nine (Haarlem, 150 volunteers, 55 requests, 173 labels; profiles in several intake voices,
        // requests that name the problem rather than the activity) the same way; measured untouched at 0.903 / 0.938 on the
        // round's start (dbc40ee) and on its third code commit, never read.
        ["blind12"] = (0.87, 0.91),
    };

    /// <summary>A set added without a floor of its own (a held-out set) must still clear these.</summary>
    private static readonly (double Ndcg, double Recall) NewSetFloor = (0.75, 0.80);

    public static TheoryData<string> Sets() => [.. EvalSets.All().Keys];

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_set_ranks_well_and_breaks_no_hard_rule(string set)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"bronbank-eval-{Guid.NewGuid():N}");
        try
        {
            var (figures, results) = InProcessEvaluation.Run(EvalDataSet.Load(set == EvalSets.Development ? EvalSets.Directory() : EvalSets.All()[set]), directory);
            output.WriteLine($"{set}: {figures}");
            foreach (var (kind, requests) in ErrorKinds.Summarise(results)) output.WriteLine($"  {kind}: {requests}");

            var (ndcg, recall) = Floors.GetValueOrDefault(set, NewSetFloor);
            figures.Violations.Should().Be(0);
            figures.NdcgAt10.Should().BeGreaterThanOrEqualTo(ndcg, "a drop below the floor means a rule stopped working");
            figures.RecallAt10.Should().BeGreaterThanOrEqualTo(recall);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_repository_carries_the_development_set()
    {
        EvalSets.All().Should().ContainKey(EvalSets.Development);
        EvalDataSet.Load(EvalSets.All()[EvalSets.Development]).Requests.Should().HaveCountGreaterThanOrEqualTo(30);
    }
}
