namespace Bronbank.Web.Infrastructure;

/// <summary>Ids arrive as route strings so a malformed one is a 400 that says so, not a silent 404.</summary>
public static class Ids
{
    public static bool TryParse(string raw, out Guid id, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (Guid.TryParse(raw, out id) && id != Guid.Empty) return true;
        errors["id"] = [$"'{(raw.Length > 40 ? raw[..40] + "…" : raw)}' is not a valid id (a GUID)."];
        return false;
    }
}
