namespace Bronbank.Web.Infrastructure.Pages;

/// <summary>
/// The Dutch sentence a person reads next to a field, for each field the application validates. The API's
/// English detail stays in the problem responses; the pages speak Dutch.
/// </summary>
public static class DutchErrors
{
    private static readonly Dictionary<string, string> ByField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "Vul een naam in van hoogstens 200 tekens.",
        ["neighbourhood"] = "Kies een wijk of buurt uit de lijst.",
        ["buurthuis"] = "Kies een geregistreerd buurthuis uit de lijst, of laat het leeg.",
        ["passions"] = "Vul minstens één passie of talent in; elke regel hoogstens 200 tekens.",
        ["talents"] = "Elk talent is hoogstens 200 tekens.",
        ["about"] = "De tekst 'over' is hoogstens 2000 tekens.",
        ["availability"] = "Kies dagdelen uit het rooster.",
        ["languages"] = "Kies minstens één taal.",
        ["maxMatches"] = "Kies een aantal van 1 tot en met 10.",
        ["email"] = "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
        ["phone"] = "Vul een geldig telefoonnummer in, bijvoorbeeld 06-12345678.",
        ["question"] = "Beschrijf de hulpvraag in hoogstens 2000 tekens.",
        ["residentRef"] = "Het kenmerk is hoogstens 100 tekens.",
        ["source"] = "Kies waar de vraag vandaan komt uit de lijst.",
        ["owner"] = "Kies een coördinator uit de lijst.",
        ["conditions"] = "De voorwaarden en ondersteuning zijn hoogstens 2000 tekens.",
        ["intakeBy"] = "De naam van wie de intake deed is hoogstens 200 tekens.",
        ["title"] = "Vul een titel in van hoogstens 200 tekens.",
        ["kind"] = "Kies of het een activiteit of een spreekuur is.",
        ["organisation"] = "Vul in wie het organiseert (eigen team of partner), hoogstens 200 tekens.",
        ["buurthuisId"] = "Kies een buurthuis uit de lijst.",
        ["schedule.weekday"] = "Kies een dag van de week.",
        ["schedule.start"] = "Vul een begintijd in als uu:mm, bijvoorbeeld 10:00.",
        ["schedule.end"] = "Vul een eindtijd in als uu:mm, later dan de begintijd.",
        ["schedule.recurrence"] = "Kies hoe vaak het is: elke week, om de week of maandelijks.",
        ["schedule.weekOfMonth"] = "Kies bij maandelijks welke week van de maand; laat het anders leeg.",
        ["schedule.from"] = "Vul bij 'om de week' de eerste datum in: vanaf die datum wordt om de week geteld.",
        ["schedule.until"] = "De einddatum ligt niet vóór de begindatum.",
        ["targetGroups"] = "Hoogstens 20 doelgroepen, elk hoogstens 100 tekens.",
        ["description"] = "De beschrijving is hoogstens 2000 tekens.",
        ["contact"] = "Het contact is hoogstens 300 tekens.",
        ["area"] = "Kies een wijk of buurt uit de lijst.",
        ["address"] = "Het adres is hoogstens 300 tekens.",
        ["lat"] = "Vul de breedtegraad in als getal tussen -90 en 90 (bijvoorbeeld 52,09), samen met de lengtegraad, of laat beide leeg.",
        ["lon"] = "Vul de lengtegraad in als getal tussen -180 en 180 (bijvoorbeeld 5,12), samen met de breedtegraad, of laat beide leeg.",
        ["openingNotes"] = "De openingstijden zijn hoogstens 1000 tekens.",
        ["openDayParts"] = "Kies dagdelen uit het rooster.",
    };

    /// <summary>Dutch messages by field, from the application's errors (keys like <c>passions[2]</c> fold into <c>passions</c>).</summary>
    public static Dictionary<string, string> From(Dictionary<string, string[]>? errors) =>
        (errors ?? []).Keys
            .Select(k => k.Split('[')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(k => k, k => ByField.GetValueOrDefault(k, "Controleer dit veld."), StringComparer.OrdinalIgnoreCase);
}
