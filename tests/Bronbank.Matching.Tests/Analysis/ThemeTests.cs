using Bronbank.Matching.Themes;

namespace Bronbank.Matching.Tests.Analysis;

public sealed class ThemeTests
{
    [Theory]
    [InlineData("Dhr. heeft schulden en durft de deurwaarder niet te bellen", "geld en schulden")]
    [InlineData("Mw. krijgt brieven van de Belastingdienst die ze niet begrijpt", "formulieren en post")]
    [InlineData("Hoe moet ik inloggen met DigiD op de laptop?", "digitale hulp")]
    [InlineData("Mevrouw is sinds de dood van haar man erg eenzaam", "eenzaamheid en gezelschap")]
    [InlineData("Wie kan meneer naar het ziekenhuis rijden en weer ophalen?", "vervoer")]
    [InlineData("Kan niet meer zelf naar de supermarkt", "boodschappen")]
    [InlineData("Wil beter Nederlands leren spreken", "taal")]
    [InlineData("Er moeten planken aan de muur en een lamp opgehangen", "klussen")]
    [InlineData("Zoon loopt achter met rekenen in groep 7", "opvoeding en huiswerk")]
    [InlineData("Mantelzorger van man met dementie is op", "gezondheid en zorg")]
    [InlineData("Het rolluik van meneer klemt", "klussen")] // only a taxonomy domain (klussen) says so
    [InlineData("Mw. zoekt iemand om samen te schaken", "overig")]
    public void Requests_fall_into_themes_by_meaning(string question, string theme) => ThemeClassifier.Classify(question).Should().Be(theme);
}
