using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Tests;

/// <summary>The one list of language names (Validation/Resources/languages.txt) that the pages and the matcher read.</summary>
public sealed class LanguageNameTests
{
    [Theory]
    [InlineData("nl", "Nederlands")]
    [InlineData("ZGH", "Tamazight")]
    [InlineData(" pap ", "Papiaments")]
    [InlineData("ja", "Japans")]
    public void A_listed_code_has_its_Dutch_name_whatever_its_case_or_spacing(string code, string name) =>
        LanguageCodes.DutchName(code).Should().Be(name);

    [Fact]
    public void A_valid_code_that_is_not_listed_has_no_name() => LanguageCodes.DutchName("xh").Should().BeNull();

    [Fact]
    public void The_forms_offer_the_most_spoken_languages_first_and_only_listed_ones()
    {
        LanguageCodes.Offered.Select(l => l.Code).Should().StartWith(["nl", "en", "ar", "zgh", "tr"]);
        LanguageCodes.Offered.Should().OnlyContain(l => LanguageCodes.DutchNames[l.Code] == l.Name);
        LanguageCodes.DutchNames.Count.Should().BeGreaterThan(LanguageCodes.Offered.Count, "languages beyond the forms are named too");
    }

    [Fact]
    public void Every_listed_code_is_valid_and_every_name_appears_once()
    {
        LanguageCodes.DutchNames.Keys.Should().OnlyContain(c => LanguageCodes.IsValid(c) && c == c.ToLowerInvariant());
        LanguageCodes.DutchNames.Values.Should().OnlyHaveUniqueItems().And.NotContain(n => n.Contains('#') || n.Length == 0);
    }
}
