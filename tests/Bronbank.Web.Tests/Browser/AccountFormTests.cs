using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>The admin's "Nieuwe gebruiker" form and the "Uitloggen" button, clicked in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_creates_a_user_on_beheer_and_then_signs_out()
    {
        var admin = await browser.SignedInPageAsync("Bram Beheer", ["admin"]);
        await admin.GotoAsync("/beheer");
        var email = $"nieuw-{Guid.NewGuid():N}@example.nl";
        await admin.GetByLabel("Naam", new() { Exact = true }).FillAsync("Nina Nieuw");
        await admin.GetByLabel("E-mailadres").FillAsync(email);
        await admin.GetByLabel("intake (profielen)").CheckAsync();
        await admin.GetByLabel("Wachtwoord (leeg: alleen via API-sleutel of organisatie-inlog)").FillAsync("een-lang-wachtwoord-2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gebruiker aanmaken" }).ClickAsync();

        (await admin.Locator("[role=status]").InnerTextAsync()).Should().Contain("Gebruiker Nina Nieuw is aangemaakt");
        (await admin.Locator("table").First.InnerTextAsync()).Should().Contain(email);
        foreach (var width in new[] { 1280, 768 })
        {
            await admin.SetViewportSizeAsync(width, 900);
            await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"beheer-{width}.png"), FullPage = true });
        }
        (await Accessibility.SeriousViolationsAsync(admin)).Should().BeEmpty();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await admin.WaitForURLAsync("**/inloggen");
        (await admin.GotoAsync("/beheer"))!.Url.Should().Contain("/inloggen", "the sign-in cookie is gone");

        // The new user signs in with the password the admin gave.
        await admin.GotoAsync("/inloggen");
        await admin.GetByLabel("E-mailadres").FillAsync(email);
        await admin.GetByLabel("Wachtwoord").FillAsync("een-lang-wachtwoord-2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await admin.WaitForURLAsync(browser.BaseUrl + "/");
        (await admin.Locator("main").InnerTextAsync()).Should().Contain("Nina Nieuw");
    }
}
