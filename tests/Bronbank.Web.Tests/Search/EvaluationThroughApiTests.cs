using Bronbank.Matching.Evaluation;
using Bronbank.Tools;
using Bronbank.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bronbank.Web.Tests.Search;

/// <summary>
/// The evaluation command's path, end to end through the public API on a real database: a regression
/// guard for the whole matcher as users get it, and a check that it stays clearly above the baseline.
/// </summary>
public sealed class EvaluationThroughApiTests(BronbankFactory factory, ITestOutputHelper output) : IClassFixture<BronbankFactory>
{
    [Fact]
    public async Task The_development_set_through_the_api_beats_the_postgresql_baseline()
    {
        var (bronbank, baseline) = await new EvalClient(factory.CreateClient()).RunAsync(EvalDataSet.Load(EvalSets.Directory()), allowExisting: false);
        output.WriteLine($"Bronbank {bronbank}");
        output.WriteLine($"Baseline {baseline}");

        bronbank.Violations.Should().Be(0);
        baseline.Violations.Should().Be(0, "the baseline applies the same hard filters");
        bronbank.NdcgAt10.Should().BeGreaterThanOrEqualTo(0.87);
        bronbank.NdcgAt10.Should().BeGreaterThan(baseline.NdcgAt10 + 0.15, "clearly above what a team could use instead");
    }
}
