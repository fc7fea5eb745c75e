namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>Valid request bodies to vary per test; anonymous objects serialise as the API's camelCase JSON.</summary>
public static class Samples
{
    public static Dictionary<string, object?> Volunteer(string name = "Gerrit Jansen", string neighbourhood = "Zuilen") => new()
    {
        ["name"] = name,
        ["neighbourhood"] = neighbourhood,
        // A buurthuis must be a registered one: tests that want one register it (Api.CreateVolunteerAsync does).
        ["buurthuis"] = null,
        ["passions"] = new[] { "lange wandelingen", "vogels kijken" },
        ["talents"] = new[] { "rustig tempo aanhouden" },
        ["about"] = "Gerrit loopt elke dag door het park en neemt graag iemand mee.",
        ["availability"] = new[] { "di-ochtend", "do-ochtend" },
        ["languages"] = new[] { "nl", "en" },
        ["maxMatches"] = 2,
        ["email"] = "gerrit@example.nl",
        ["phone"] = "06-12345678",
        ["consent"] = new { matching = true, boards = true },
    };

    public static Dictionary<string, object?> Request(string question = "Mw. (84) wil graag weer eens naar buiten, durft niet alleen te wandelen.", string neighbourhood = "Zuilen") => new()
    {
        ["question"] = question,
        ["neighbourhood"] = neighbourhood,
        ["availability"] = new[] { "di-ochtend" },
        ["languages"] = new[] { "nl" },
        ["residentRef"] = "BT-2026-001",
    };

    public static Dictionary<string, object?> Visit(string area = "Zuilen", params string[] themes) => new()
    {
        ["area"] = area,
        ["themes"] = themes.Length == 0 ? new[] { "geld en schulden" } : themes,
        ["question"] = "Brief van de Belastingdienst over toeslagen niet begrepen.",
        ["referredTo"] = new[] { "De Geldzaak" },
        ["outcome"] = "doorverwezen",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [key] = value };
        return copy;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string key)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove(key);
        return copy;
    }
}

/// <summary>Activity bodies: a weekly one by default.</summary>
public static class ActivitySamples
{
    public static Dictionary<string, object?> Activity(Guid buurthuisId, string title = "Huiskamer", string weekday = "di", string start = "10:00", string end = "12:00") => new()
    {
        ["title"] = title,
        ["kind"] = "activiteit",
        ["organisation"] = "Eigen team",
        ["buurthuisId"] = buurthuisId,
        ["schedule"] = new Dictionary<string, object?> { ["weekday"] = weekday, ["start"] = start, ["end"] = end, ["recurrence"] = "weekly" },
        ["targetGroups"] = new[] { "ouderen" },
        ["description"] = "Gezellig samen koffie drinken en een praatje maken, voor wie zich alleen voelt.",
        ["languages"] = new[] { "nl" },
    };
}
