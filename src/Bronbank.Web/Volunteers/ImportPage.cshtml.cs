using Bronbank.Web.Infrastructure;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure.Pages;
using Bronbank.Web.Infrastructure.Tables;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Volunteers;

/// <summary>
/// "Vrijwilligers importeren": upload a spreadsheet, read the check per row in Dutch (nothing is saved),
/// then import. The checked file travels with the second step, so what is imported is what was checked.
/// </summary>
[Authorize(Policy = Policies.ProfilesWrite)]
public sealed class ImportPageModel(VolunteerImport import) : PageModel
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    /// <summary>The page's body limit: the file, or the file again as base64 in the second step.</summary>
    public const long MaxBodyBytes = MaxFileBytes * 2L;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Stored { get; set; }
    [BindProperty] public string? StoredType { get; set; }
    [BindProperty] public string? FileName { get; set; }

    public ImportReport? Report { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostControlerenAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) return Refuse("Kies eerst een bestand.");
        if (Upload.Length > MaxFileBytes) return Refuse("Het bestand is groter dan 5 MB. Splits het in delen.");
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        (Stored, StoredType, FileName) = (Convert.ToBase64String(buffer.ToArray()), TypeOf(Upload.FileName), Path.GetFileName(Upload.FileName));
        return await RunAsync(buffer.ToArray(), dryRun: true, ct);
    }

    public async Task<IActionResult> OnPostImporterenAsync(CancellationToken ct)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(Stored ?? ""); }
        catch (FormatException) { return Refuse("Kies het bestand opnieuw en controleer het eerst."); }
        if (bytes.Length == 0 || bytes.Length > MaxFileBytes) return Refuse("Kies het bestand opnieuw en controleer het eerst.");
        var result = await RunAsync(bytes, dryRun: false, ct);
        if (Report is { DryRun: false } done && Problem is null)
        {
            this.Say($"Import klaar: {done.Created} nieuw, {done.Updated} bijgewerkt, {done.Rejected.Count} {(done.Rejected.Count == 1 ? "rij" : "rijen")} overgeslagen.");
            return Redirect("/vrijwilligers");
        }
        return result;
    }

    private async Task<IActionResult> RunAsync(byte[] bytes, bool dryRun, CancellationToken ct)
    {
        var file = ImportFile.Read(bytes, StoredType);
        if (file.Errors is { } errors) return Refuse(string.Join(" ", errors.Select(ImportWords.Of)));
        Report = await import.RunAsync(file.Table, dryRun, User.ActorId(), ct, file.Separators);
        if (Report.Rejected is [{ Row: <= 1 } header]) Problem = string.Join(" ", header.Errors.Select(ImportWords.Of));
        return Page();
    }

    private IActionResult Refuse(string message)
    {
        (Problem, Stored) = (message, null);
        return Page();
    }

    private static string TypeOf(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxTable.ContentType : "text/csv";
}
