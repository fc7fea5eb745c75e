using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Pages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Accounts;

/// <summary>Beheer: users and their roles, API keys (shown once), and the areas in force.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AdministrationModel(IQuerySession session, AccountService accounts, AreaDirectory areas) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    [BindProperty] public string? Buurthuizen { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<User> Users { get; private set; } = [];
    public IReadOnlyList<Domain.Areas.Area> AreaList => areas.Current.All;
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? NewKey { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostGebruikerAsync(CancellationToken ct)
    {
        var buurthuizen = (Buurthuizen ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var outcome = await accounts.CreateUserAsync(new NewUser(Email, Name, SelectedRoles, buurthuizen, string.IsNullOrEmpty(Password) ? null : Password), ct);
        if (outcome.Failure is { } failure)
        {
            Errors = (failure.Errors ?? []).ToDictionary(e => e.Key, e => e.Key switch
            {
                "email" => "Vul een geldig e-mailadres in.",
                "name" => "Vul een naam in.",
                "roles" => "Kies minstens één rol.",
                "buurthuizen" => e.Value.Any(m => m.StartsWith("Unknown", StringComparison.Ordinal))
                    ? "Onbekend buurthuis: gebruik de naam van een geregistreerd buurthuis (zie Buurthuizen)." : "Een bestuurslid heeft minstens één buurthuis nodig.",
                "password" => $"Een wachtwoord heeft minstens {AccountService.MinPasswordLength} tekens.",
                _ => "Controleer dit veld.",
            });
            if (failure.Errors is null) Message = "Er is al een gebruiker met dit e-mailadres.";
        }
        else
        {
            Message = $"Gebruiker {outcome.Value!.Name} is aangemaakt.";
            (Email, Name, SelectedRoles, Buurthuizen, Password) = (null, null, [], null, null);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSleutelAsync(Guid userId, CancellationToken ct)
    {
        var outcome = await accounts.CreateApiKeyAsync(userId, "via beheer", ct);
        NewKey = outcome.Value?.Key;
        Message = outcome.Failure is null ? "Kopieer de sleutel nu: hij wordt maar één keer getoond." : "Er kon geen sleutel worden gemaakt.";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Users = await session.Query<User>().OrderBy(u => u.Email).ToListAsync(ct);
}
