using Bronbank.Matching.Analysis;
using Bronbank.Matching.Ranking;

namespace Bronbank.Matching.Tests.Ranking;

/// <summary>The ask carries the text score; the resident's description counts a little; spoken languages are a rule, not a topic.</summary>
public sealed class AskAndContextTests
{
    private const string Shutter = "Meneer (80) spreekt Portugees en een beetje Nederlands; zijn rolluik klemt en hij krijgt het zelf niet meer omhoog";

    [Fact]
    public void Languages_the_resident_speaks_become_the_language_rule_and_never_topic_words()
    {
        var need = NeedProfile.Of(Shutter);
        need.MentionedLanguages.Should().BeEquivalentTo(["pt", "nl"]);
        need.Weights.Keys.Should().NotIntersectWith(TextAnalysis.Terms("Portugees"));
        need.Weights[TextAnalysis.Terms("rolluik")[0]].Should().Be(1f, "the roller shutter is the ask");
    }

    [Theory]
    [InlineData("Dhr. spreekt Arabisch, geen Nederlands; stapel brieven van de gemeente", "ar")]
    [InlineData("Mw. spreekt geen Nederlands, wel Tigrinya; wil leren fietsen", "ti")]
    [InlineData("Gezin spreekt Tamazight en wat Arabisch, nauwelijks Nederlands; fietsen repareren", "zgh,ar")]
    [InlineData("Mw. spreekt Portugees en een beetje Nederlands; gordijnen inkorten", "pt,nl")]
    public void A_language_the_resident_does_not_speak_is_no_language_to_help_in(string text, string codes)
    {
        var need = NeedProfile.Of(text);
        need.MentionedLanguages.Should().BeEquivalentTo(codes.Split(','));
        need.Weights.Keys.Should().NotIntersectWith(TextAnalysis.Terms("Nederlands"), "a language named after a verb of speaking is never a topic word");
    }

    [Fact]
    public void The_residents_situation_counts_less_than_the_ask()
    {
        var need = NeedProfile.Of("Mw. is weduwe en erg eenzaam; haar tuin is helemaal overwoekerd");
        need.Weights["_gezelschap"].Should().Be(NeedProfile.ContextWeight);
        need.Weights[TextAnalysis.Terms("tuin")[0]].Should().Be(1f);
    }

    [Fact]
    public void The_household_is_who_the_resident_is_not_the_ask()
    {
        var need = NeedProfile.Of("Droger van gezin met 4 kids maakt een raar schurend geluid");
        need.Weights[TextAnalysis.Terms("gezin")[0]].Should().Be(NeedProfile.ContextWeight);
        need.Weights[TextAnalysis.Terms("droger")[0]].Should().Be(1f);
    }

    [Fact]
    public void Where_the_trouble_is_counts_less_than_what_it_is()
    {
        var need = NeedProfile.Of("Boven de eettafel hangen alleen twee draadjes sinds de lamp kapot is");
        need.Weights[TextAnalysis.Terms("eettafel")[0]].Should().Be(NeedProfile.ContextWeight, "the dining table is where the lamp hangs");
        need.Weights[TextAnalysis.Terms("lamp")[0]].Should().Be(1f);
        NeedProfile.Of("Zoekt hulp in de tuin").Weights[TextAnalysis.Terms("tuin")[0]].Should().Be(1f, "\"in de tuin\" names the ask");
    }

    [Fact]
    public void When_the_ask_names_no_activity_the_situation_is_the_need()
    {
        var alone = NeedProfile.Of("Mw. 83, weduwe sinds vorig jaar, zit veel alleen thuis en ziet weinig mensen");
        alone.Weights["_gezelschap"].Should().Be(1f, "loneliness is what this request is about");
        var shutter = NeedProfile.Of("Mw. 83, weduwe sinds vorig jaar, zit veel alleen thuis; haar rolluik klemt");
        shutter.Weights["_gezelschap"].Should().Be(NeedProfile.ContextWeight, "beside a named activity the situation stays context");
    }

    [Fact]
    public void An_area_the_request_names_is_where_the_help_is_not_what_it_is_about()
    {
        // Almere's Danswijk, Muziekwijk and Filmwijk, or any Tuinwijk: the area's name must not pose as the topic.
        var areas = TextAnalysis.Terms("Danswijk").ToHashSet();
        var need = NeedProfile.Of("mw 80 Danswijk, lamp in de gang doet het niet", areas.Contains);
        need.Weights["_dansen"].Should().Be(NeedProfile.ContextWeight);
        need.Weights[TextAnalysis.Terms("lamp")[0]].Should().Be(1f);
        NeedProfile.Of("mw 80 Danswijk, lamp in de gang doet het niet").Weights["_dansen"].Should().Be(1f, "without the pool's areas the name is just words");
        NeedProfile.Of("Zou graag leren dansen", areas.Contains).Weights["_dansen"].Should().Be(1f, "the activity written in lower case is still the ask");
    }

    [Fact]
    public void A_request_that_is_only_about_the_situation_keeps_its_words()
    {
        var need = NeedProfile.Of("Weduwe, erg eenzaam");
        need.Weights.Values.Should().OnlyContain(w => w == 1f);
    }

    [Fact]
    public void A_language_that_is_the_ask_stays_a_topic_word()
    {
        var need = NeedProfile.Of("Jonge moeder wil beter Nederlands leren");
        need.MentionedLanguages.Should().BeEmpty();
        need.Weights.Should().ContainKey("_taal");
        need.Weights["_taal"].Should().Be(1f);
    }

    [Fact]
    public void The_story_told_before_the_coordinator_names_the_ask_counts_less()
    {
        var need = NeedProfile.Of("Dhr. leest elke ochtend de krant. Zoekt iemand die zijn fiets repareert, de ketting loopt eraf.");
        need.Weights[TextAnalysis.Terms("krant")[0]].Should().Be(NeedProfile.PreambleWeight, "the newspaper is the story, not the ask");
        need.Weights[TextAnalysis.Terms("ketting")[0]].Should().Be(1f, "what follows the ask is the ask");
        need.Weights[TextAnalysis.Terms("fiets")[0]].Should().Be(1f);
    }

    [Fact]
    public void Without_a_named_ask_or_with_the_ask_first_every_sentence_counts()
    {
        NeedProfile.Of("Dhr. leest elke ochtend de krant. Zijn fiets is kapot.").Weights[TextAnalysis.Terms("krant")[0]].Should().Be(1f);
        NeedProfile.Of("Zoekt iemand voor de fiets. Dhr. leest elke ochtend de krant.").Weights[TextAnalysis.Terms("krant")[0]].Should().Be(1f);
    }

    [Fact]
    public void A_short_lead_in_and_a_colon_after_the_story_name_the_ask()
    {
        var need = NeedProfile.Of("Dhr. leest elke ochtend de krant. Vraag nu: zijn fiets is kapot, de ketting loopt eraf.");
        need.Weights[TextAnalysis.Terms("krant")[0]].Should().Be(NeedProfile.PreambleWeight, "the newspaper is the story, not the ask");
        need.Weights[TextAnalysis.Terms("ketting")[0]].Should().Be(1f, "what follows the colon is the ask");
    }

    [Fact]
    public void A_colon_in_the_first_sentence_or_behind_a_whole_clause_leaves_every_word_counting()
    {
        NeedProfile.Of("Mw. krijgt haar tuin niet meer bijgehouden: de heg groeit dicht.").Weights[TextAnalysis.Terms("tuin")[0]].Should().Be(1f);
        NeedProfile.Of("Mw. woont alleen. Ze wil dat iemand naar de staande klok van haar moeder kijkt: hij tikt niet meer.")
            .Weights[TextAnalysis.Terms("klok")[0]].Should().Be(1f, "a colon behind a whole clause is no lead-in");
    }

    [Theory]
    [InlineData("Spaans gezin, net verhuisd; de kast moet in elkaar", "Spaans")]
    [InlineData("Mw. (81), Turkse achtergrond; de goot loopt over", "Turks")]
    [InlineData("Marokkaanse vrouw wil leren fietsen", "Marokkaans")]
    [InlineData("Gezin uit Syrië, de fietsjes hebben platte banden", "Syrië")]
    [InlineData("Mw. (83), geboren in Paramaribo, wil haar levensverhaal opschrijven", "Paramaribo")]
    [InlineData("De tuin van mw. is overwoekerd; haar dochter woont in Groningen", "Groningen")]
    public void Where_the_resident_comes_from_is_context(string text, string origin)
    {
        var need = NeedProfile.Of(text);
        foreach (var term in TextAnalysis.Terms(origin).Where(need.Weights.ContainsKey))
            need.Weights[term].Should().Be(NeedProfile.ContextWeight, $"\"{origin}\" says where the resident comes from");
        TextAnalysis.Terms(origin).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Wil graag Turkse les", "Turks")]
    [InlineData("Zoekt iemand om Surinaams te koken", "Surinaams")]
    public void A_peoples_word_that_names_the_ask_stays_a_topic_word(string text, string word) =>
        NeedProfile.Of(text).Weights[TextAnalysis.Terms(word)[0]].Should().Be(1f);

    [Theory]
    [InlineData("Dhr. (79) en zijn vrouw gaan in maart naar een seniorenflat in de wijk; de kinderen wonen ver weg", "seniorenflat")]
    [InlineData("Mw. trekt na de zomer van haar bovenwoning naar een benedenwoning om de hoek", "benedenwoning")]
    [InlineData("Meneer gaat volgende maand bij zijn zoon wonen, hij ziet er erg tegenop", "zoon")]
    [InlineData("Jong gezin moet het huis uit voor de renovatie en heeft geen auto", "renovatie")]
    public void A_move_told_in_other_words_is_the_ask(string text, string context)
    {
        var need = NeedProfile.Of(text);
        need.Weights["_verhuizen"].Should().Be(1f, "moving house is what the help is about");
        need.Weights[TextAnalysis.Terms("verhuizen")[0]].Should().Be(1f);
        if (context != "renovatie") need.Weights[TextAnalysis.Terms(context)[0]].Should().Be(NeedProfile.ContextWeight, "where the resident goes is only where");
    }

    [Theory]
    [InlineData("Mw. gaat elke middag naar het verpleeghuis, op bezoek bij haar man; haar fietsband is lek")]
    [InlineData("Dhr. mag na de operatie naar huis en zoekt iemand die boodschappen doet")]
    [InlineData("Mw. woont al veertig jaar in haar flat en de kraan lekt")]
    [InlineData("Mw. ging vorig jaar naar een aanleunwoning. Zoekt iemand voor haar tuin")]
    [InlineData("Dhr. gaat met zijn kleinzoon naar het sportcomplex en zoekt een zwemmaatje")]
    [InlineData("Mw. wil naar de dansstudio in de wijk maar durft niet alleen")]
    public void A_visit_coming_home_or_a_home_one_lives_in_is_no_move(string text) =>
        NeedProfile.Of(text).Weights.Should().NotContainKey("_verhuizen");

    [Theory]
    [InlineData("Mw. kan prima mailen en internetbankieren, maar haar nieuwe printer doet niets", "mailen", "printer")]
    [InlineData("Dhr. heeft een tablet en kan zelf appen; hij zoekt iemand voor zijn belastingaangifte", "appen", "belastingaangifte")]
    public void What_the_resident_can_already_do_is_context(string text, string able, string ask)
    {
        var need = NeedProfile.Of(text);
        need.Weights[TextAnalysis.Terms(able)[0]].Should().Be(NeedProfile.ContextWeight, "what the resident can do is who they are");
        need.Weights[TextAnalysis.Terms(ask)[0]].Should().Be(1f);
    }

    [Theory]
    [InlineData("Dhr. kan nauwelijks lezen en schrijven en wil het leren", "lezen")]
    [InlineData("Mw. kan niet meer fietsen sinds haar val", "fietsen")]
    [InlineData("Wie kan boren? Er moeten gaten in de muur", "boren")]
    [InlineData("Mw. wil met haar kleinkinderen kunnen beeldbellen", "beeldbellen")]
    [InlineData("Oefenen op het plein zodat ze weer kan fietsen", "fietsen")]
    public void What_the_resident_cannot_do_or_wishes_to_stays_the_ask(string text, string word) =>
        NeedProfile.Of(text).Weights[TextAnalysis.Terms(word)[0]].Should().Be(1f);
}
