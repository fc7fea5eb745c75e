using Bronbank.Matching.Activities;

namespace Bronbank.Matching.Tests.Activities;

/// <summary>Activities ranked for a resident's question by the Dutch analysis and practical fit, with Dutch reasons.</summary>
public sealed class ActivityIndexTests
{
    private static readonly GeoPoint Zuilen = new(52.108, 5.090);
    private static readonly GeoPoint Pijler = new(52.1115, 5.0905); // about 0,4 km from Zuilen's centre
    private static readonly GeoPoint Far = new(52.06, 5.15);

    private static ActivityDocument Activity(string title, string slot, GeoPoint? at, string description, string[]? groups = null, string[]? languages = null, string buurthuis = "Buurtcentrum De Pijler") =>
        new(Guid.NewGuid(), title, "activiteit", "Eigen team", Guid.NewGuid(), buurthuis, "Zuilen", at, slot, groups ?? ["ouderen"], languages ?? ["nl"], description);

    [Fact]
    public void A_lonely_resident_is_offered_the_nearby_huiskamer_with_where_and_when_in_dutch()
    {
        var index = new ActivityIndex();
        var huiskamer = Activity("Huiskamer", "di-ochtend", Pijler, "Gezellig samen koffie drinken en een praatje maken voor wie zich eenzaam voelt.");
        index.Upsert(huiskamer);
        index.Upsert(Activity("Fietsreparatie", "di-ochtend", Pijler, "Lekke band of kapotte rem? Samen repareren we uw fiets.", ["jongeren"]));

        var found = index.Find(new ActivityQuery("Mw. (84) voelt zich eenzaam en wil graag een praatje en koffie", Zuilen, ["di-ochtend"], ["nl"]));

        found.Should().ContainSingle().Which.ActivityId.Should().Be(huiskamer.Id, "only the activity whose words fit is offered");
        var reasons = found[0].Reasons.Select(r => r.Text).ToList();
        reasons[0].Should().Be("Huiskamer, di-ochtend in Buurtcentrum De Pijler, 0,4 km");
        reasons.Should().Contain(r => r.StartsWith("past bij: ", StringComparison.Ordinal) && r.Contains("koffie"));
        reasons.Should().Contain("kan di-ochtend");
    }

    [Fact]
    public void Among_equal_words_the_nearer_one_on_a_day_part_the_resident_can_and_in_their_language_ranks_first()
    {
        var index = new ActivityIndex();
        var near = Activity("Taalcafé", "wo-middag", Pijler, "Nederlands oefenen met koffie.", ["nieuwkomers"], ["nl", "ar"]);
        var far = Activity("Taalcafé", "wo-middag", Far, "Nederlands oefenen met koffie.", ["nieuwkomers"], ["nl", "ar"], "Wijkcentrum Ver Weg");
        var otherDay = Activity("Taalcafé", "vr-avond", Pijler, "Nederlands oefenen met koffie.", ["nieuwkomers"], ["nl", "ar"], "Huis Andere Dag");
        var dutchOnly = Activity("Taalcafé", "wo-middag", Pijler, "Nederlands oefenen met koffie.", ["nieuwkomers"], ["nl"], "Huis Alleen Nederlands");
        foreach (var a in new[] { far, otherDay, dutchOnly, near }) index.Upsert(a);

        var found = index.Find(new ActivityQuery("Meneer wil Nederlands oefenen in een taalcafé", Zuilen, ["wo-middag"], ["ar"], Limit: 10));

        found.Select(f => f.ActivityId).First().Should().Be(near.Id);
        found.Select(f => f.ActivityId).Should().Contain([far.Id, otherDay.Id, dutchOnly.Id]);
        found.Single(f => f.ActivityId == near.Id).Reasons.Should().Contain(r => r.Text == "ook in taal: ar");
        found.Single(f => f.ActivityId == otherDay.Id).Reasons.Should().Contain(r => r.Kind == "time" && r.Text.StartsWith("op vr-avond", StringComparison.Ordinal));
    }

    [Fact]
    public void A_replaced_or_removed_activity_is_found_by_its_new_words_only()
    {
        var index = new ActivityIndex();
        var choir = Activity("Buurtkoor", "do-avond", Pijler, "Samen zingen.");
        index.Upsert(choir);
        index.Search("zingen", 5).Should().Equal(choir.Id);

        index.Upsert(choir with { Title = "Schaakclub", Description = "Een partijtje schaken." });
        index.Search("zingen", 5).Should().BeEmpty();
        index.Search("schaken", 5).Should().Equal(choir.Id);

        index.Remove(choir.Id);
        index.Search("schaken", 5).Should().BeEmpty();
        index.Count.Should().Be(0);
    }
}
