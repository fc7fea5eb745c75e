using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;
using Bronbank.Domain.Volunteers;

namespace Bronbank.Domain.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData("di-ochtend", true)]
    [InlineData("zo-avond", true)]
    [InlineData("ma-middag", true)]
    [InlineData("di-nacht", false)]
    [InlineData("dinsdag-ochtend", false)]
    [InlineData("DI-OCHTEND", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Day_parts_are_a_weekday_and_a_part_of_the_day(string? token, bool valid) =>
        DayParts.IsValid(token).Should().Be(valid);

    [Fact]
    public void There_are_21_day_parts_in_week_order() =>
        DayParts.All.Should().HaveCount(21).And.StartWith("ma-ochtend").And.EndWith("zo-avond");

    [Fact]
    public void Normalising_day_parts_lowercases_deduplicates_and_orders_them_by_week() =>
        DayParts.Normalize(["VR-avond", " di-ochtend", "di-ochtend"]).Should().Equal("di-ochtend", "vr-avond");

    [Theory]
    [InlineData("nl", true)]
    [InlineData("zgh", true)]
    [InlineData("pap", true)]
    [InlineData("NL", true)]
    [InlineData("dutch", false)]
    [InlineData("n", false)]
    [InlineData("n1", false)]
    public void Languages_are_iso_639_codes(string code, bool valid) => LanguageCodes.IsValid(code).Should().Be(valid);

    [Theory]
    [InlineData("anna@example.nl", true)]
    [InlineData("a.b@buurt.utrecht.nl", true)]
    [InlineData("anna", false)]
    [InlineData("anna@localhost", false)]
    [InlineData("Anna <anna@example.nl>", false)]
    public void Email_addresses_are_checked(string email, bool valid) => ContactDetails.IsValidEmail(email).Should().Be(valid);

    [Theory]
    [InlineData("06-12345678", true)]
    [InlineData("030 123 4567", true)]
    [InlineData("+31 6 12345678", true)]
    [InlineData("12345", false)]
    [InlineData("bel me", false)]
    public void Phone_numbers_are_checked(string phone, bool valid) => ContactDetails.IsValidPhone(phone).Should().Be(valid);

    [Fact]
    public void A_draft_is_normalised_to_canonical_area_names_and_defaults()
    {
        var areas = new AreaCatalog([new Area("Zuilen", "Noordwest", 52.108, 5.09)]);
        var draft = new VolunteerDraft { Name = "  Anna ", Neighbourhood = "ZUILEN", Passions = ["koken", " ", "Koken", null], Languages = null };

        draft.Validate(areas).Should().BeEmpty();
        var normal = draft.Normalize(areas);

        normal.Name.Should().Be("Anna");
        normal.Neighbourhood.Should().Be("Zuilen");
        normal.Passions.Should().Equal("koken");
        normal.Languages.Should().Equal("nl");
        normal.MaxMatches.Should().Be(1);
        normal.Active.Should().BeTrue();
    }

    [Fact]
    public void An_area_set_with_duplicates_or_bad_coordinates_is_rejected()
    {
        var errors = AreaCatalog.Validate([new Area("A", "W", 52, 5), new Area("a", "W", 52, 5), new Area("B", "", 200, 5)]);

        errors.Keys.Should().BeEquivalentTo(["areas[1]", "areas[2]"]);
        errors["areas[2]"].Should().Contain(m => m.Contains("Wijk")).And.Contain(m => m.Contains("Lat"));
    }
}
