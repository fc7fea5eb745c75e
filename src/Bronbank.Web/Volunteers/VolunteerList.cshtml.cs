using Bronbank.Domain.Volunteers;
using Bronbank.Matching;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Search;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Volunteers;

/// <summary>The pool, searchable with the matcher's analysis ("schaken Zuilen") and filtered by area, buurthuis, day-part, language.</summary>
[Authorize(Policy = Policies.ProfilesRead)]
public sealed class VolunteerListModel(SearchIndex search, IQuerySession session, AreaDirectory areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buurt { get; set; }
    [BindProperty(SupportsGet = true)] public string? Buurthuis { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dagdeel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Taal { get; set; }
    [BindProperty(SupportsGet = true)] public bool AlleenActief { get; set; } = true;

    public IReadOnlyList<Candidate> Found { get; private set; } = [];
    public IReadOnlyList<Volunteer> Listed { get; private set; } = [];
    public AreaDirectory Areas => areas;
    public bool Searched => !string.IsNullOrWhiteSpace(Q) || Buurt is { Length: > 0 } || Buurthuis is { Length: > 0 } || Dagdeel is { Length: > 0 } || Taal is { Length: > 0 };

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Searched)
        {
            Found = search.Search(new PoolSearch(Q, areas.Current.Find(Buurt)?.Name, Bronbank.Domain.Validation.DayParts.IsValid(Dagdeel) ? Dagdeel : null,
                string.IsNullOrWhiteSpace(Taal) ? null : Taal.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(Buurthuis) ? null : Buurthuis.Trim(), 50));
            return;
        }
        IQueryable<Volunteer> query = session.Query<Volunteer>();
        if (AlleenActief) query = query.Where(v => v.Active);
        Listed = await query.OrderBy(v => v.Name).Take(100).ToListAsync(ct);
    }
}
