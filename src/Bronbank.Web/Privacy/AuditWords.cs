namespace Bronbank.Web.Privacy;

/// <summary>An audit entry's action and subject as an admin reads them in the profile's logboek.</summary>
public static class AuditWords
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["viewed"] = "bekeken", ["contact-viewed"] = "contactgegevens bekeken", ["created"] = "aangemaakt", ["updated"] = "gewijzigd",
        ["erased"] = "verwijderd", ["exported"] = "gegevens gedownload", ["imported"] = "geïmporteerd", ["listed"] = "in een lijst getoond",
        ["proposed"] = "voorgesteld", ["confirmed"] = "koppeling bevestigd", ["declined"] = "voorstel afgewezen", ["ended"] = "koppeling beëindigd",
        ["noted"] = "notitie toegevoegd", ["flagged"] = "gemeld om na te lopen",
        ["feed-link-renewed"] = "nieuwe agendalink gemaakt",
    };

    public static string Action(string action)
    {
        if (Actions.TryGetValue(action, out var word)) return word;
        // Page submits are recorded by handler name: onpostasync, onpostbeeindigenasync, ...
        if (action.StartsWith("onpost", StringComparison.OrdinalIgnoreCase))
        {
            var handler = action[6..].Replace("async", "", StringComparison.OrdinalIgnoreCase);
            return handler.Length == 0 ? "formulier opgeslagen" : $"formulier verstuurd ({handler})";
        }
        return "andere handeling";
    }

    public static string Subject(string subjectType) => subjectType switch
    {
        "volunteer" => "profiel (via de API of een lijst)",
        "page:/Volunteers/VolunteerProfile" => "profielpagina",
        "page:/Volunteers/VolunteerForm" => "intakeformulier",
        "page:/Privacy/PrivacyVolunteer" => "privacypagina",
        "page:/Privacy/PrivacyErase" => "verwijderpagina",
        var s when s.StartsWith("page:", StringComparison.Ordinal) => "een pagina",
        "match" => "koppeling",
        "buurthuis" => "buurthuis",
        _ => "ander onderdeel",
    };
}
