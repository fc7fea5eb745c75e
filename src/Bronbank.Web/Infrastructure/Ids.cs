using Bronbank.Domain.Validation;

namespace Bronbank.Web.Infrastructure;

/// <summary>Ids arrive as route strings so a malformed one is a 400 that says so, not a silent 404.</summary>
public static class Ids
{
    public static bool TryParse(string raw, out Guid id, out Dictionary<string, string[]> errors)
    {
        var bag = new ErrorBag();
        id = bag.Id("id", raw);
        errors = bag.ToDictionary();
        return bag.IsEmpty;
    }

    /// <summary>The route's <c>{id}</c> when it is a GUID, for the audit trail; refusing a malformed one is the handler's job.</summary>
    public static Guid? InRoute(HttpContext http) =>
        http.Request.RouteValues.TryGetValue("id", out var raw) && Guid.TryParse(raw?.ToString(), out var id) ? id : null;
}
