using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>
/// Follows every link a signed-in person can click, from the start page, and visits one page of each
/// kind (the same path with other ids or other query values is the same kind).
/// </summary>
public static partial class PageWalk
{
    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    public static partial Regex Guid();

    private static readonly string[] NotPages = ["/api", "/openapi", "/uitloggen", "/lib/", "/css/"];

    /// <param name="also">Pages reached through a form rather than a link (a search), walked from too.</param>
    public static async Task<IReadOnlyList<string>> WalkAsync(IPage page, string baseUrl, Func<string, Task> visit, int limit = 60, IEnumerable<string>? also = null)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>(["/", .. also ?? []]);
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < limit)
        {
            var url = queue.Dequeue();
            if (!seen.Add(KindOf(url))) continue;
            var response = await page.GotoAsync(url);
            response!.Status.Should().Be(200, $"{url} is linked from a page");
            visited.Add(url);
            await visit(url);
            var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
            foreach (var href in hrefs)
            {
                var path = href.StartsWith(baseUrl, StringComparison.Ordinal) ? href[baseUrl.Length..] : href;
                if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || NotPages.Any(p => path.StartsWith(p, StringComparison.Ordinal))) continue;
                path = path.Split('#')[0];
                if (path.Contains("handler=", StringComparison.Ordinal)) continue; // a download, not a page
                if (path.Length > 0 && !seen.Contains(KindOf(path))) queue.Enqueue(path);
            }
        }
        return visited;
    }

    /// <summary>The path with ids replaced and the query's names (not values) sorted: <c>/koppelingen/{id}?status</c>.</summary>
    public static string KindOf(string url)
    {
        var parts = url.Split('?', 2);
        var path = Guid().Replace(parts[0], "{id}");
        IEnumerable<string> names = parts.Length == 1 ? [] : parts[1].Split('&').Select(p => p.Split('=')[0].ToLowerInvariant()).Where(n => n != "richting").Order();
        return path + "?" + string.Join('&', names);
    }
}
