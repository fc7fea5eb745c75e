using Bronbank.Matching.Indexing;
using Bronbank.Matching.Tests.Ranking;

namespace Bronbank.Matching.Tests.Indexing;

/// <summary>The profiles kept in memory beside the index: complete after a reopen, with one copy of the strings many share.</summary>
public sealed class SideTableTests : IDisposable
{
    private readonly TempIndex _index = new();

    [Fact]
    public void Reopening_a_large_index_brings_back_every_live_volunteer_as_it_was()
    {
        // More documents than one read run, so the profiles are read in several runs at once.
        var volunteers = Enumerable.Range(0, 9_000).Select(i => TempIndex.Volunteer($"Vrijwilliger {i}", [i % 3 == 0 ? "schaken" : "koken"],
            about: $"Ik ben nummer {i}.", availability: ["di-ochtend", "do-avond"], languages: ["nl", i % 2 == 0 ? "EN" : "tr"])).ToList();
        _index.Index.Rebuild(volunteers, "db", 1);
        foreach (var gone in volunteers.Take(50)) _index.Index.Delete(gone.Id);
        _index.Index.Commit(2);

        _index.Reopen();

        _index.Index.DocumentCount.Should().Be(8_950);
        var sample = volunteers[8_123];
        var kept = _index.Index.Volunteers[sample.Id];
        kept.Document.Name.Should().Be("Vrijwilliger 8123");
        kept.Document.About.Should().Be("Ik ben nummer 8123.");
        kept.Document.Availability.Should().Equal("di-ochtend", "do-avond");
        kept.Languages.Should().Equal("nl", "tr");
        _index.Index.Volunteers.Should().NotContainKey(volunteers[10].Id);
        _index.Rank(TempIndex.Request("schaken")).Should().HaveCount(10);
    }

    [Fact]
    public void Volunteers_share_one_copy_of_common_short_strings_and_keep_their_own_long_ones()
    {
        var about = "Een lang verhaal over mijn buurt " + new string('x', SharedStrings.MaxLength);
        // Strings built at run time, so each profile brings its own copies, as profiles read from the database do.
        VolunteerDocument Make(int i) => TempIndex.Volunteer(string.Concat("Naam ", i.ToString()), [string.Concat("scha", "ken")], about: new string(about.AsSpan()),
            availability: [string.Concat("di-", "ochtend")], area: string.Concat("Zui", "len"));
        var first = new IndexedVolunteer(Make(1));
        var second = new IndexedVolunteer(Make(2));

        first.Document.Neighbourhood.Should().BeSameAs(second.Document.Neighbourhood);
        first.Document.Passions[0].Should().BeSameAs(second.Document.Passions[0]);
        first.Document.Availability[0].Should().BeSameAs(second.Document.Availability[0]);
        first.Languages[0].Should().BeSameAs(second.Languages[0]);
        first.Document.About.Should().Be(second.Document.About).And.NotBeSameAs(second.Document.About);
    }

    public void Dispose() => _index.Dispose();
}
