using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>Without JavaScript the candidate list still comes, after "Kandidaten bekijken".</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task Candidates_appear_after_a_submit_when_javascript_is_off()
    {
        await browser.Factory.CreateClient().CreateVolunteerAsync(Samples.Volunteer("Schaakmeester Sjaak", "Lombok").With("passions", new[] { "schaken" }));
        var email = $"coordinator-{Guid.NewGuid():N}@example.nl";
        (await browser.Factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name = "Noa Script", roles = new[] { "coordinator" }, password = BrowserFixture.Password }))
            .EnsureSuccessStatusCode();
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await page.GotoAsync("/hulpvragen/nieuw");
        await page.GetByLabel("De vraag, in gewone woorden").FillAsync("Meneer zoekt een schaakmaatje.");
        await page.GetByLabel("Wijk of buurt van de bewoner").SelectOptionAsync("Lombok");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kandidaten bekijken" }).ClickAsync();

        (await page.Locator("#kandidaten").InnerTextAsync()).Should().Contain("Schaakmeester Sjaak");
        (await page.GetByLabel("De vraag, in gewone woorden").InputValueAsync()).Should().Be("Meneer zoekt een schaakmaatje.", "nothing typed is lost");
    }
}
