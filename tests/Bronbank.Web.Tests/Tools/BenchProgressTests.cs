using Bronbank.Tools.Bench;

namespace Bronbank.Web.Tests.Tools;

public sealed class BenchProgressTests
{
    [Theory]
    [InlineData("1000", 1_000)]
    [InlineData("10k", 10_000)]
    [InlineData("100K", 100_000)]
    [InlineData("1m", 1_000_000)]
    [InlineData("2.5m", 2_500_000)]
    public void Sizes_are_read_as_people_write_them(string text, int expected) =>
        Progress.ParseSize(text).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("-5k")]
    [InlineData("veel")]
    public void A_size_that_is_not_one_is_refused_with_the_reason(string text) =>
        FluentActions.Invoking(() => Progress.ParseSize(text)).Should().Throw<ArgumentException>().WithMessage("*Not a size*");

    [Fact]
    public void Progress_names_the_phase_the_count_the_rate_and_the_time_left()
    {
        var progress = new Progress("bulk load", 1_000);
        progress.Advance(250);

        progress.Line().Should().MatchRegex(@"^bulk load: 250 / 1,000 \(25%\), [\d,]+/s, \d\d:\d\d:\d\d left");
    }
}
