using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Tests.Analysis;

/// <summary>One-line cases: the terms on the right must all be among the analysed terms of the text.</summary>
public sealed class AnalyzerTests
{
    private static void Check(string text, params string[] expected) =>
        TextAnalysis.Terms(text).Should().Contain(expected, $"analysing \"{text}\" gave [{string.Join(", ", TextAnalysis.Terms(text))}]");

    private static void Meet(string a, string b) =>
        TextAnalysis.Terms(a).Where(t => !TextAnalysis.IsConcept(t)).Intersect(TextAnalysis.Terms(b)).Should()
            .NotBeEmpty($"\"{a}\" [{string.Join(", ", TextAnalysis.Terms(a))}] and \"{b}\" [{string.Join(", ", TextAnalysis.Terms(b))}] should share a stem");

    [Theory]
    [InlineData("fiets", "fietst")]
    [InlineData("fiets", "fietsen")]
    [InlineData("wandelen", "wandelt")]
    [InlineData("wandelen", "wandeling")]
    [InlineData("wandelen", "wandelingen")]
    [InlineData("boodschap", "boodschappen")]
    [InlineData("klus", "klusjes")]
    [InlineData("koken", "kookt")]
    [InlineData("lezen", "leest")]
    [InlineData("computer", "computers")]
    [InlineData("tochtje", "tocht")]
    [InlineData("coördinator", "coordinator")]
    [InlineData("café", "cafe")]
    [InlineData("financiën", "financien")]
    // Forms no list names, from the OpenTaal dictionary: past tense, participle, diminutive plural.
    [InlineData("schilderen", "schilderde")]
    [InlineData("repareren", "gerepareerde")]
    [InlineData("fietsen", "gefietst")]
    [InlineData("bak", "bakjes")]
    [InlineData("goot", "goten")]
    [InlineData("schrijven", "schreef")]
    [InlineData("rijden", "reed")]
    // A diminutive the dictionary does not list keeps the word it is made of: a vowel at the end is written double
    // before "-tje" ("dia" → "diaatjes"), a "t" at the end takes "-je" ("straatje" is a "straat", not a "straa").
    [InlineData("dia's", "diaatjes")]
    [InlineData("oma", "omaatje")]
    [InlineData("straat", "straatje")]
    // "-tje" follows a vowel or a long vowel's l, n, r or w, "-je" the other consonants: "lijstje" is a "lijst"
    // (never "lijs" + "tje"), "kaartje" a "kaart", "koetje" a "koe"; an outing is no onion.
    [InlineData("lijst", "lijstjes")]
    [InlineData("kaart", "kaartje")]
    [InlineData("koe", "koetjes")]
    [InlineData("uitje", "uitjes")]
    // A plural in -den/-ten is the noun's before it is a verb's past tense: "kasten" are cupboards ("kas" + -ten would
    // be a greenhouse), "banden" tyres ("ban" is also the stem of "baan", a job).
    [InlineData("kast", "kasten")]
    [InlineData("band", "banden")]
    [InlineData("wand", "wanden")]
    public void Forms_of_one_word_meet(string a, string b) => Meet(a, b);

    [Theory]
    [InlineData("taalmaatje", "taal", "maatje")]
    [InlineData("boodschappenhulp", "boodschappen")]
    [InlineData("computerles", "computer", "les")]
    [InlineData("huiswerkbegeleiding", "huiswerk", "begeleiding")]
    [InlineData("fietstochtjes", "fiets", "tocht")]
    [InlineData("fietsenmaker", "fiets")]
    // Compounds no list names, split by the dictionary, head and modifier.
    [InlineData("bloembakjes", "bloem", "bak")]
    [InlineData("koelkastdeurtje", "koelkast", "deur")]
    [InlineData("dakgoten", "dak", "goot")]
    [InlineData("buitenlampen", "lamp")]
    [InlineData("plafondlampje", "plafond", "lamp")]
    // OpenTaal writes "ij" as one letter ("ĳ"): words with it are known to the dictionary too.
    [InlineData("magnetronmaaltijd", "magnetron", "maaltijd")]
    [InlineData("wijkcentrum", "wijk", "centrum")]
    [InlineData("boompje", "bom")]
    [InlineData("wandelaar", "wandel")]
    [InlineData("zorgverzekeraar", "zorg", "verzeker")]
    public void Compounds_also_yield_their_parts(string text, params string[] parts)
    {
        foreach (var part in parts) Meet(part, text);
    }

    [Theory]
    [InlineData("laptop", "_digitaal")]
    [InlineData("tablet", "_digitaal")]
    [InlineData("smartphone", "_digitaal")]
    [InlineData("supermarkt", "_boodschappen")]
    [InlineData("boodschappen doen", "_boodschappen")]
    [InlineData("aanspraak", "_gezelschap")]
    [InlineData("maatje", "_gezelschap")]
    [InlineData("brieven van de gemeente", "_post_brieven")]
    [InlineData("lekke band", "_fiets_repareren")]
    [InlineData("wil leren fietsen", "_fietsles")]
    [InlineData("samen een rondje lopen", "_wandelen")]
    [InlineData("wil graag naar buiten", "_wandelen")]
    [InlineData("Zangles", "_zangles")]
    public void Words_with_the_same_meaning_share_a_concept(string text, string concept) => Check(text, concept);

    [Theory]
    [InlineData("wie helpt de nieuwe lamp op te hangen", "lamp ophangen")]
    [InlineData("ze ziet er tegenop de dozen in te pakken", "dozen inpakken")]
    [InlineData("de kasten leeg te halen", "kasten leeghalen")]
    [InlineData("hulp om het formulier in te vullen", "formulier invullen")]
    public void A_separable_verb_split_by_te_means_what_the_whole_verb_means(string split, string whole) =>
        TextAnalysis.Terms(split).Should().Contain(TextAnalysis.Terms(whole).Where(TextAnalysis.IsConcept));

    [Fact]
    public void Om_te_is_a_conjunction_not_a_particle()
    {
        TextAnalysis.Terms("wil leren om te fietsen").Should().Contain("_fietsles");
        TextAnalysis.Terms("veel te laat").Should().BeEmpty("\"veel te\" joins nothing");
    }

    [Theory]
    [InlineData("het moeten worden")]
    [InlineData("zij moeten fietsen")]
    public void A_stop_word_yields_no_compound_part(string text) =>
        TextAnalysis.Terms(text).Should().NotContain(TextAnalysis.Terms("eten"), "\"moeten\" is a stop word, not a compound of \"eten\"");

    [Fact]
    public void Playing_an_instrument_is_not_about_children()
    {
        TextAnalysis.Terms("gitaar spelen").Should().NotContain("_kinderen_opvang");
        TextAnalysis.Terms("oppassen op de kinderen").Should().Contain("_kinderen_opvang");
    }

    [Fact]
    public void Repairing_a_bike_and_learning_to_cycle_are_different_concepts()
    {
        TextAnalysis.Terms("fietsen repareren").Should().Contain("_fiets_repareren").And.NotContain("_fietsles");
        TextAnalysis.Terms("leren fietsen").Should().Contain("_fietsles").And.NotContain("_fiets_repareren");
    }

    [Theory]
    [InlineData("Mw. wil graag iemand die haar helpt")]
    [InlineData("de het een en van")]
    // Ages, years and counts, and the verbs of telling a story, say nothing about the help.
    [InlineData("Mw. (74) kwam drie jaar geleden, zegt ze")]
    [InlineData("1953 2 12")]
    [InlineData("al twee keer 's avonds")]
    [InlineData("waar ze liefst wanneer")]
    public void Stop_words_and_request_framing_carry_no_terms(string text) => TextAnalysis.Terms(text).Should().BeEmpty();

    [Fact]
    public void Query_syntax_is_plain_text() =>
        TextAnalysis.Terms("wandelen AND (koken OR \"fiets\") -tuin?").Should().Contain(["wandel", "kook", "fiets", "tuin"]);

    [Theory]
    [InlineData("boekhouding", "boek")]
    [InlineData("verhuizen", "huis")]
    [InlineData("schilder", "schil")]
    public void Words_are_not_split_into_unrelated_parts(string text, string part) =>
        TextAnalysis.Terms(text).Should().NotIntersectWith(TextAnalysis.Terms(part).Where(t => !TextAnalysis.IsConcept(t)));

    [Theory]
    // A separable verb keeps its particle: the dictionary also gives the bare verb, which means something else.
    [InlineData("afspraken", "spreken")]
    [InlineData("uitlaten", "laten")]
    [InlineData("overleden", "lijden")]
    [InlineData("aansluiten", "sluiten")]
    // Listed words that only look like a participle ('t kofschip): "gemeente" is not "gemeend".
    [InlineData("gemeente", "menen")]
    [InlineData("gewoonte", "wonen")]
    // A suffix is never a compound's head.
    [InlineData("gezelschap", "schap")]
    // A compound's parts meet at a syllable border: "scha-ke-laar" is no "schakel" + "aar"; a modifier is a content
    // word without its link ("aansluiten" is no "aan" + s + "luit"); an agent noun keeps its verb, not "aar".
    [InlineData("schakelaars", "aar")]
    [InlineData("aansluiten", "luit")]
    [InlineData("verzekeraar", "aar")]
    // "-pje" follows an m after a long vowel: a "lampje" is a lamp, never a lamb.
    [InlineData("plafondlampje", "lam")]
    [InlineData("lampje", "lam")]
    // A prefixed word is not a compound: "begrijpt" is no "beg" + "rijp".
    [InlineData("begrijpt", "rijp")]
    // An inseparable prefix and a word is a derived word: guidance is no pipe, a spoken word no smoking, ordering no "best".
    [InlineData("huiswerkbegeleiding", "leiding")]
    [InlineData("ze heeft Turks gesproken", "roken")]
    [InlineData("boodschappen online bestellen", "best")]
    [InlineData("bestuurslid", "uur")]
    // A proper name is never a compound's part: "verwarming" is no "Ming", "schutting" no "Ting".
    [InlineData("verwarming", "ming")]
    [InlineData("schutting", "ting")]
    // A cut one letter behind a function word cuts through the word after it: "voordeur" is no "voord" + "eur".
    [InlineData("voordeur", "voord")]
    // A three-letter modifier gives way to a longer one: "tand" + "arts", "lees" + "loep".
    [InlineData("tandarts", "darts")]
    [InlineData("leesloep", "sloep")]
    // Banking is no job ("ban" is the stem of "baan").
    [InlineData("internetbankieren", "baan")]
    [InlineData("hij bankiert", "baan")]
    [InlineData("platte banden", "baan")]
    [InlineData("kledingkasten", "kas")]
    [InlineData("boodschappenlijstje", "lijs")]
    [InlineData("een gastje van zestien", "gas")]
    [InlineData("uitjes met de buurt", "ui")]
    public void Words_keep_their_own_meaning(string text, string other) =>
        TextAnalysis.Terms(text).Where(t => !TextAnalysis.IsConcept(t)).Should()
            .NotIntersectWith(TextAnalysis.Terms(other).Where(t => !TextAnalysis.IsConcept(t)), $"\"{text}\" is not \"{other}\"");

    [Theory]
    [InlineData("afspraken", "afspraak")]
    [InlineData("de hond uitlaten", "honden uitlaten")]
    public void Separable_verbs_meet_their_own_forms(string a, string b) => Meet(a, b);

    [Theory]
    // The resident's words and the volunteer's meet in an activity of the taxonomy.
    [InlineData("zijn rolluik klemt", "zonwering en rolluiken", "_zonwering")]
    [InlineData("de staande klok loopt niet meer", "uurwerken restaureren", "_klok_reparatie")]
    [InlineData("de goot loopt over", "dakgoten schoonmaken", "_dakgoot")]
    [InlineData("het is pikdonker bij de voordeur", "buitenlampen ophangen", "_lamp_ophangen")]
    [InlineData("de kraan drupt", "loodgieterswerk", "_loodgieter")]
    [InlineData("kastje van de Ikea", "meubels in elkaar zetten", "_meubels_monteren")]
    [InlineData("de labrador moet twee keer per dag uit", "honden uitlaten", "_hond_uitlaten")]
    [InlineData("licht in de gang doet het niet meer", "lampen ophangen", "_lamp_ophangen")]
    [InlineData("voorschot gas en stroom is te hoog", "energiecoach", "_energie_besparen")]
    [InlineData("dozen vol diaatjes", "dia's scannen", "_fotos_digitaal")]
    // The resident's wording of the situation, not the activity (round six).
    [InlineData("de vaatwasser pompt niet af", "wasmachines repareren", "_huishoudelijke_apparaten")]
    [InlineData("ze krijgt geen draad meer in de naald", "kleding herstellen", "_kleding_repareren")]
    [InlineData("hij wil zelf een spel maken voor de computer", "leren programmeren", "_programmeren")]
    [InlineData("het behang laat los in de slaapkamer", "behangen", "_behangen")]
    [InlineData("de fietsjes hebben platte banden", "fietsreparatie", "_fiets_repareren")]
    public void A_request_and_a_profile_in_other_words_share_an_activity(string request, string profile, string activity)
    {
        Check(request, activity);
        Check(profile, activity);
    }

    [Theory]
    // Hearing is not an insect screen (Snowball makes both "horen" and "horren" "hor").
    [InlineData("je hoort het de hele nacht", "_ramen")]
    [InlineData("hij is slechthorend", "_ramen")]
    // Made to measure and a landlord's measures are not a buddy.
    [InlineData("gordijnen op maat maken", "_gezelschap")]
    [InlineData("de woningcorporatie dreigt met maatregelen", "_gezelschap")]
    // "Pas" (only just, fits) is no discount card, a table no times table, a kitchen the room something broke in.
    [InlineData("ze komen pas over drie weken", "_besparen")]
    [InlineData("iemand die bij hem aan tafel komt zitten", "_rekenen")]
    // A phrase that loses a number or a diminutive's ending in analysis does not hand its concept to the bare word:
    // "12-stappen" is no step, "etentje" no meal at home, "spoeltje" no flushing.
    [InlineData("ze zet elke dag een stap", "_lotgenoten")]
    [InlineData("ze moeten eten", "_samen_eropuit")]
    [InlineData("de wc spoelt niet door", "_naaimachine_reparatie")]
    // A kitchen sink is no gutter; water, a clock and time "lopen" without walking.
    [InlineData("de gootsteen loopt niet door", "_dakgoot")]
    [InlineData("de gootsteen loopt niet door", "_wandelen")]
    [InlineData("de staande klok loopt niet meer", "_wandelen")]
    // A family tree is no tree to prune; "nobody knows" is no loneliness.
    [InlineData("stamboomonderzoek", "_snoeien")]
    [InlineData("met de kleinkinderen", "kin")]
    [InlineData("niemand weet het precies", "_gezelschap")]
    [InlineData("de kraan in de keuken lekt", "_koken")]
    [InlineData("buitenlampen ophangen", "_wandelen")]
    // An elevator is no ride, "word" (become) no word processor, a sofa no bank errand, a tangle no button.
    [InlineData("de lift is kapot", "_vervoer")]
    [InlineData("als ik ouder word", "_website_sociale_media")]
    [InlineData("zit de hele dag op de bank", "_klusjes_buitenshuis")]
    [InlineData("zit in de knoop met zijn post", "_kleding_repareren")]
    // A reason is no ride, a battery no driving, a switch no button, a zip no ride, "of course" no nature walk,
    // a watch no insect screen, a passport no gate, a letterbox no bus, a career no walk.
    [InlineData("om die reden", "_vervoer")]
    [InlineData("de batterij is leeg", "_vervoer")]
    [InlineData("de lichtknop doet het niet", "_kleding_repareren")]
    [InlineData("de rits van zijn jas", "_vervoer")]
    [InlineData("ze wil natuurlijk zelf beslissen", "_wandelen")]
    [InlineData("zijn horloge loopt achter", "_ramen")]
    [InlineData("een nieuw paspoort aanvragen", "_schutting_hek")]
    [InlineData("de brievenbus klemt", "_openbaar_vervoer")]
    [InlineData("hulp bij zijn loopbaan", "_wandelen")]
    [InlineData("afspraak op het gemeentehuis", "_ouderenactiviteit")]
    // "Online" says how help is given, not that it is about computers.
    [InlineData("taalmaatje, ook online", "_digitaal")]
    // Words Snowball gives one stem with another word: angry is no wood, a lady no draughts, a place no record,
    // a skirt no smoking, a video call no hem, a cat's box no baking, a tap no wreath, a table leg no flower pot.
    [InlineData("hij wordt snel boos", "_wandelen")]
    [InlineData("een oudere dame", "_schaken_dammen")]
    [InlineData("op dezelfde plaats", "_muziek_luisteren")]
    [InlineData("haar rok is te lang", "_leefstijl")]
    [InlineData("wil leren zoomen met de kleinkinderen", "_kleding_repareren")]
    [InlineData("de bak van de katten verschonen", "_bakken")]
    [InlineData("de kraan in de badkamer", "_bloemschikken")]
    [InlineData("de tafelpoot is los", "_planten")]
    public void An_everyday_word_does_not_take_the_concept_of_its_other_meaning(string text, string concept) =>
        TextAnalysis.Terms(text).Should().NotContain(concept);

    [Theory]
    [InlineData("horren", "_ramen")]
    [InlineData("tafels oefenen", "_rekenen")]
    [InlineData("een taalmaatje", "_gezelschap")]
    [InlineData("kortingspas", "_besparen")]
    [InlineData("oude platen draaien", "_muziek_luisteren")]
    [InlineData("koekjes bakken", "_bakken")]
    [InlineData("graag naar buiten", "_wandelen")]
    [InlineData("kan iemand hem een lift geven", "_vervoer")]
    [InlineData("een knoop aanzetten", "_kleding_repareren")]
    [InlineData("hij rijdt graag auto", "_vervoer")]
    [InlineData("plantjes water geven", "_planten")]
    [InlineData("de rits vervangen", "_kleding_repareren")]
    [InlineData("een krans maken", "_bloemschikken")]
    [InlineData("stoppen met roken", "_leefstijl")]
    [InlineData("de zoom van de broek", "_kleding_repareren")]
    public void The_meaning_that_is_the_topic_keeps_its_concept(string text, string concept) =>
        TextAnalysis.Terms(text).Should().Contain(concept);

    [Fact]
    public void Being_tangled_up_meets_helping_people_untangle() => Meet("zit in de knoop met de post", "mensen uit de knoop helpen");

    [Fact]
    public void Haar_is_hair_before_a_hair_word_and_a_pronoun_otherwise()
    {
        Meet("haar veel te lang", "haar knippen");
        TextAnalysis.Terms("haar kinderen").Should().NotContain(TextAnalysis.Terms("haren"), "\"haar kinderen\" is her children");
    }

    [Fact]
    public void Activities_of_one_domain_share_only_the_weak_domain_token()
    {
        var repair = TextAnalysis.Terms("lekke band plakken");
        var lesson = TextAnalysis.Terms("leren fietsen");
        repair.Intersect(lesson).Where(TextAnalysis.IsConcept).Should().NotContain(t => !TextAnalysis.IsDomain(t), "bike repair and cycling lessons are different activities");
        TextAnalysis.Terms("muren verven").Should().Contain(["_schilderen_huis", "_d_klussen"]);
        TextAnalysis.Terms("aquarelleren").Should().Contain("_d_creatief").And.NotContain("_d_klussen", "painting art is not painting walls");
    }
}
