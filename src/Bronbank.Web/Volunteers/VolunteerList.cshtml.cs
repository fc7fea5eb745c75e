using Bronbank.Domain.Volunteers;
using Bronbank.Matching;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Bronbank.Web.Search;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Volunteers;

/// <summary>The pool, searchable with the matcher's analysis ("schaken Zuilen") and filtered by area, buurthuis, day-part, language; paged and sortable.</summary>
[Authorize(Policy = Policies.ProfilesRead)]
public sealed class VolunteerListModel(SearchIndex search, IQuerySession session, AreaDirectory areas) : PageModel
{
    /// <summary>A search shows at most this many of the best matches, paged.</summary>
    private const int MaxFound = 500;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buurt { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buurthuis { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dagdeel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Taal { get; set; }

    public ListQuery List { get; private set; } = null!;
    public IReadOnlyList<Candidate> Found { get; private set; } = [];
    public IReadOnlyList<Volunteer> Listed { get; private set; } = [];
    public AreaDirectory Areas => areas;
    public bool Searched => !string.IsNullOrWhiteSpace(Q) || Buurt is { Length: > 0 } || Buurthuis is { Length: > 0 } || Dagdeel is { Length: > 0 } || Taal is { Length: > 0 };

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = new ListQuery(Request, "naam");
        if (Searched)
        {
            var found = search.Search(new PoolSearch(Q, areas.Current.Find(Buurt)?.Name, Bronbank.Domain.Validation.DayParts.IsValid(Dagdeel) ? Dagdeel : null,
                string.IsNullOrWhiteSpace(Taal) ? null : Taal.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(Buurthuis) ? null : Buurthuis.Trim(), MaxFound));
            List.Total = found.Count;
            Found = [.. found.Skip(List.Skip).Take(List.PageSize)];
            return;
        }
        var query = session.Query<Volunteer>().Where(v => v.Active);
        List.Total = await query.CountAsync(ct);
        query = (List.Sort, List.Descending) switch
        {
            ("buurt", false) => query.OrderBy(v => v.Neighbourhood).ThenBy(v => v.Name),
            ("buurt", true) => query.OrderByDescending(v => v.Neighbourhood).ThenBy(v => v.Name),
            ("buurthuis", false) => query.OrderBy(v => v.Buurthuis).ThenBy(v => v.Name),
            ("buurthuis", true) => query.OrderByDescending(v => v.Buurthuis).ThenBy(v => v.Name),
            ("intake", false) => query.OrderBy(v => v.CreatedAt),
            ("intake", true) => query.OrderByDescending(v => v.CreatedAt),
            (_, true) => query.OrderByDescending(v => v.Name),
            _ => query.OrderBy(v => v.Name),
        };
        Listed = await query.Skip(List.Skip).Take(List.PageSize).ToListAsync(ct);
    }
}
