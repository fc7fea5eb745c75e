using System.Globalization;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Buurthuizen;

/// <summary>
/// Register or edit a buurthuis with the API's validation (<see cref="BuurthuisService"/>). Coordinates may be
/// typed the Dutch way (52,09); what cannot be read as a number is named at its field and nothing is saved.
/// </summary>
[Authorize(Policy = BuurthuisPolicies.Manage)]
public sealed class BuurthuisFormModel(BuurthuisService buurthuizen, IQuerySession session, AreaDirectory areas) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Area { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Lat { get; set; }
    [BindProperty] public string? Lon { get; set; }
    [BindProperty] public string? OpeningNotes { get; set; }
    [BindProperty] public List<string> OpenDayParts { get; set; } = [];

    public Guid? Id { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public AreaDirectory Areas => areas;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is null) return Page();
        var b = await session.LoadAsync<Buurthuis>(id.Value, ct);
        if (b is null) return NotFound();
        (Name, Area, Address, OpeningNotes, OpenDayParts) = (b.Name, b.Area, b.Address, b.OpeningNotes, b.OpenDayParts);
        (Lat, Lon) = (Number(b.Lat), Number(b.Lon));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var unreadable = new Dictionary<string, string[]>();
        var lat = Parse(Lat, "lat", unreadable);
        var lon = Parse(Lon, "lon", unreadable);
        var draft = new BuurthuisDraft { Name = Name, Area = Area, Address = Address, Lat = lat, Lon = lon, OpeningNotes = OpeningNotes, OpenDayParts = OpenDayParts };
        if (unreadable.Count > 0)
        {
            // Not saved: the draft's own rules are shown beside the unreadable numbers, all at once.
            Errors = DutchErrors.From(new Dictionary<string, string[]>(draft.Validate(areas.Current).Concat(unreadable).DistinctBy(e => e.Key)));
            return Page();
        }
        var outcome = id is null ? await buurthuizen.CreateAsync(draft, ct) : await buurthuizen.UpdateAsync(id.Value, draft, ct);
        if (outcome.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound) return NotFound();
            Errors = DutchErrors.From(failure.Errors);
            if (failure.Kind == FailureKind.Conflict) Errors["name"] = "Er is al een buurthuis met deze naam; kies een andere naam.";
            return Page();
        }
        this.Say($"{outcome.Value!.Name} is opgeslagen.");
        return Redirect("/bouwblokken#buurthuizen");
    }

    private static string? Number(double? value) => value?.ToString("0.######", CultureInfo.GetCultureInfo("nl-NL"));

    private static double? Parse(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors[field] = ["Not a number."];
        return null;
    }
}
