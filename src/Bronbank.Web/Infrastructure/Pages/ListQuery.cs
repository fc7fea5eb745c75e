using Microsoft.AspNetCore.Http.Extensions;

namespace Bronbank.Web.Infrastructure.Pages;

/// <summary>
/// Paging and sorting of a staff list (<c>?pagina=2&amp;sorteer=naam</c>): the links it makes keep every
/// other filter of the current address, so a page or a sort never loses what the person chose.
/// </summary>
public sealed class ListQuery(HttpRequest request, string defaultSort, bool defaultDescending = false, int pageSize = ListQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;

    public int PageSize { get; } = pageSize;
    public int Page { get; } = int.TryParse(request.Query["pagina"], out var p) && p > 0 ? p : 1;
    public string Sort { get; } = request.Query["sorteer"].FirstOrDefault() ?? defaultSort;
    public bool Descending { get; } = request.Query["richting"].FirstOrDefault() is { } direction ? direction == "af" : defaultDescending;
    public long Total { get; set; }

    public int Skip => (Page - 1) * PageSize;
    public int Pages => Math.Max(1, (int)((Total + PageSize - 1) / PageSize));

    public string PageLink(int page) => Link(("pagina", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Sorting by a column starts at page one; the same column again turns the order around.</summary>
    public string SortLink(string column) =>
        Link(("sorteer", column), ("richting", column == Sort && !Descending ? "af" : "op"), ("pagina", null));

    /// <summary>The value of <c>aria-sort</c> for a column header.</summary>
    public string? AriaSort(string column) => column == Sort ? (Descending ? "descending" : "ascending") : null;

    /// <summary>Page numbers to show: the first, the last and two either side of the current one; null is a gap.</summary>
    public IEnumerable<int?> Numbers()
    {
        int? previous = null;
        for (var n = 1; n <= Pages; n++)
        {
            if (n != 1 && n != Pages && Math.Abs(n - Page) > 2) continue;
            if (previous is { } p && n - p > 1) yield return null;
            yield return n;
            previous = n;
        }
    }

    private string Link(params (string Key, string? Value)[] changes)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null) query.Remove(key);
            else query[key] = value;
        }
        var builder = new QueryBuilder(query.Where(q => !string.IsNullOrEmpty(q.Value)));
        return request.Path + builder.ToQueryString().Value;
    }
}
