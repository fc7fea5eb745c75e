using System.Text;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>"Vrijwilligers importeren": the file a Dutch office saves from Excel (";" between columns, Windows-1252, Dutch headers, no key column), checked per row in Dutch, then imported.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportPageTests(BrowserFixture browser)
{
    private readonly List<string> _violations = [];

    static ImportPageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string File = """
        Naam;Buurt;Passies;Talenten;Dagdelen;Talen;E-mail;Telefoon;Toestemming koppelen
        Renée Kolonië;Ondiep;tuinieren, koken;luisteren;di-ochtend, do-middag;Nederlands, Turks;renee@example.nl;06-12121212;ja
        Gijs Zonderbuurt;Atlantis;schaken;;;Nederlands;;;ja
        Anouk Ondiep;Ondiep;voorlezen;;;;;;nee
        """;

    [Fact]
    public async Task A_semicolon_file_in_windows_1252_is_checked_per_row_in_dutch_then_imported_and_a_second_import_updates()
    {
        var path = Path.Combine(BrowserFixture.ArtifactsDirectory, "vrijwilligers-excel.csv");
        await System.IO.File.WriteAllBytesAsync(path, Encoding.GetEncoding(1252).GetBytes(File.Replace("\n", "\r\n", StringComparison.Ordinal)));
        var api = browser.Factory.CreateClient();
        var before = await CountAsync(api);

        var staff = await browser.SignedInPageAsync("Iris Import", ["staff"]);
        await staff.GotoAsync("/vrijwilligers");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Vrijwilligers importeren" }).ClickAsync();
        await staff.GetByLabel("Bestand").SetInputFilesAsync(path);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        (await staff.Locator("#controle").InnerTextAsync()).Should().Be("3 rijen gelezen: 2 goed, 1 met een fout. Er is nog niets opgeslagen.");
        var errors = await staff.Locator("#fouten tbody").InnerTextAsync();
        errors.Should().Contain("3").And.Contain("Buurt: Kies een wijk of buurt uit de lijst.");
        (await CountAsync(api)).Should().Be(before, "a check saves nothing");
        await Screens.CheckAsync(staff, "importeren-controle", _violations);

        await staff.GetByRole(AriaRole.Button, new() { Name = "2 vrijwilligers importeren" }).ClickAsync();
        await staff.WaitForURLAsync("**/vrijwilligers");
        (await staff.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("Import klaar: 2 nieuw, 0 bijgewerkt, 1 rij overgeslagen.");
        (await CountAsync(api)).Should().Be(before + 2);
        var renee = (await api.GetObjectAsync("/api/v1/volunteers?pageSize=100&neighbourhood=Ondiep"))["items"]!.AsArray()
            .Single(v => v!["email"]?.GetValue<string>() == "renee@example.nl")!;
        renee["name"]!.GetValue<string>().Should().Be("Renée Kolonië", "Windows-1252 letters arrive as they were typed");
        renee["passions"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("tuinieren", "koken");
        renee["languages"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("nl", "tr");

        // The same file again: the same people (by e-mail, or name and buurt), updated, none doubled.
        await staff.GotoAsync("/vrijwilligers/importeren");
        await staff.GetByLabel("Bestand").SetInputFilesAsync(path);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "2 vrijwilligers importeren" }).ClickAsync();
        (await staff.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("Import klaar: 0 nieuw, 2 bijgewerkt, 1 rij overgeslagen.");
        (await CountAsync(api)).Should().Be(before + 2);

        _violations.Should().BeEmpty();
    }

    private static async Task<long> CountAsync(HttpClient api) => (await api.GetObjectAsync("/api/v1/volunteers?pageSize=1"))["total"]!.GetValue<long>();
}
