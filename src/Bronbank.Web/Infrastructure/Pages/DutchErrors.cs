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
    };

    /// <summary>Dutch messages by field, from the application's errors (keys like <c>passions[2]</c> fold into <c>passions</c>).</summary>
    public static Dictionary<string, string> From(Dictionary<string, string[]>? errors) =>
        (errors ?? []).Keys
            .Select(k => k.Split('[')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(k => k, k => ByField.GetValueOrDefault(k, "Controleer dit veld."), StringComparer.OrdinalIgnoreCase);
}
