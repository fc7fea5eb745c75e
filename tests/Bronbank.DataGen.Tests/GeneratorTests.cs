using System.Text.RegularExpressions;
using Bronbank.DataGen;

namespace Bronbank.DataGen.Tests;

public sealed class GeneratorTests
{
    private static readonly GeneratedArea[] Areas =
    [
        new("Zuilen", "Noordwest", 52.108, 5.09), new("Lombok", "West", 52.0925, 5.1005), new("Overvecht", "Overvecht", 52.117, 5.112),
    ];

    private static readonly HashSet<string> DayParts =
        [.. new[] { "ma", "di", "wo", "do", "vr", "za", "zo" }.SelectMany(d => new[] { "ochtend", "middag", "avond" }.Select(p => $"{d}-{p}"))];

    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var a = new DutchDataGenerator(7, Areas).Volunteers(200).ToList();
        var b = new DutchDataGenerator(7, Areas).Volunteers(200).ToList();
        var c = new DutchDataGenerator(8, Areas).Volunteers(200).ToList();

        a.Select(Describe).Should().Equal(b.Select(Describe));
        a.Select(Describe).Should().NotEqual(c.Select(Describe));
    }

    [Fact]
    public void Every_buurthuis_a_volunteer_names_is_in_the_list_to_register_first()
    {
        var named = new DutchDataGenerator(3, Areas).Volunteers(3000).Select(v => v.Buurthuis).OfType<string>().ToHashSet();

        named.Should().NotBeEmpty().And.BeSubsetOf(DutchDataGenerator.Buurthuizen);
        DutchDataGenerator.Buurthuizen.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_volunteer_is_valid_for_the_api()
    {
        foreach (var v in new DutchDataGenerator(1, Areas).Volunteers(2000))
        {
            v.Name.Length.Should().BeInRange(3, 200);
            (v.Passions.Count + v.Talents.Count).Should().BeGreaterThan(0);
            v.About.Length.Should().BeLessThanOrEqualTo(2000);
            v.Availability.Should().OnlyContain(d => DayParts.Contains(d)).And.NotBeEmpty();
            Areas.Select(a => a.Name).Should().Contain(v.Neighbourhood);
            v.MaxMatches.Should().BeInRange(1, 10);
            v.Languages.Should().Contain("nl").And.OnlyContain(l => l.Length >= 2 && l.Length <= 3);
            if (v.Email is not null) v.Email.Should().MatchRegex(@"^[a-z]+\.\d+@example\.nl$");
            if (v.Phone is not null) v.Phone.Should().MatchRegex(@"^06-\d{8}$");
        }
    }

    [Fact]
    public void The_pool_is_varied()
    {
        var pool = new DutchDataGenerator(3, Areas).Volunteers(1000).ToList();

        pool.SelectMany(v => v.Passions).Distinct().Count().Should().BeGreaterThan(50);
        pool.SelectMany(v => v.Languages).Distinct().Count().Should().BeGreaterThan(6);
        pool.Count(v => !v.Active).Should().BeInRange(20, 150);
        pool.Count(v => v.Talents.Contains("telefonisch") || v.Talents.Contains("online")).Should().BeGreaterThan(5);
        pool.Select(v => v.ExternalKey).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Requests_fall_within_the_range_and_name_no_resident()
    {
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = from.AddMonths(12);
        var requests = new DutchDataGenerator(5, Areas).Requests(500, from, to).ToList();

        requests.Should().OnlyContain(r => r.CreatedAt >= from && r.CreatedAt <= to);
        requests.Should().OnlyContain(r => r.ResidentRef.StartsWith("BT-") && r.Question.Length > 10);
        requests.Select(r => r.Theme).Distinct().Count().Should().BeGreaterThan(10);
        requests.Count(r => r.CreatedAt > to.AddMonths(-2) && r.Theme is "formulieren" or "geld").Should()
            .BeGreaterThan(requests.Count(r => r.CreatedAt < from.AddMonths(2) && r.Theme is "formulieren" or "geld"), "the demo has a rising theme");
    }

    [Fact]
    public void A_request_speaks_of_a_man_as_hij_and_of_a_woman_as_ze_and_an_about_text_stays_in_the_first_person()
    {
        var requests = new DutchDataGenerator(5, Areas).Requests(2000, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(1)).ToList();
        string[] men = ["Dhr.", "Meneer", "Buurman", "Vader"], women = ["Mw.", "Mevrouw", "Buurvrouw", "Jonge vrouw", "Moeder"];
        var ofMen = requests.Where(r => men.Any(m => r.Question.StartsWith(m + " ", StringComparison.Ordinal))).Select(r => r.Question).ToList();
        var ofWomen = requests.Where(r => women.Any(w => r.Question.StartsWith(w + " ", StringComparison.Ordinal))).Select(r => r.Question).ToList();
        ofMen.Should().NotBeEmpty().And.OnlyContain(q => !Regex.IsMatch(q, @"\b(ze|haar)\b"), "a man is hij, zijn, hem");
        ofWomen.Should().NotBeEmpty().And.OnlyContain(q => !Regex.IsMatch(q, @"\b(hij|hem)\b"), "a woman is ze, haar");
        ofMen.Should().Contain(q => Regex.IsMatch(q, @"\b(hij|hem)\b"));
        requests.Should().NotContain(r => r.Question.Contains('{'));

        var volunteers = new DutchDataGenerator(5, Areas).Volunteers(2000).ToList();
        volunteers.Should().NotContain(v => v.About != null && v.About.Contains(v.Name.Split(' ')[0] + " is", StringComparison.Ordinal), "the about-text is what the volunteer says: ik");
    }

    [Fact]
    public void A_hundred_thousand_volunteers_stream_without_error() =>
        new DutchDataGenerator(9, Areas).Volunteers(100_000).Count().Should().Be(100_000);

    private static string Describe(GeneratedVolunteer v) => $"{v.Name}|{v.Neighbourhood}|{string.Join(";", v.Passions)}|{string.Join(";", v.Availability)}";
}
