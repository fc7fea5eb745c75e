using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Bronbank.Web.Infrastructure.Pages;

/// <summary>
/// "De koppeling is bevestigd.": what just happened, carried over the redirect after a post in TempData and
/// shown once by the layout (<c>role="status"</c>).
/// </summary>
public static class StatusMessage
{
    private const string Key = "Status";

    public static void Say(this PageModel page, string message) => page.TempData[Key] = message;

    /// <summary>
    /// Reads the message only when the request carries the TempData cookie: reading it otherwise makes every
    /// page answer with a cookie deletion, also the sign-in page that must set no cookie on failure.
    /// </summary>
    public static string? Take(HttpContext context, ITempDataDictionary tempData) =>
        context.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName) ? tempData[Key] as string : null;
}
