using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>On a request's page, a volunteer already proposed is marked and offers no second "Voorstellen".</summary>
[Collection(BrowserCollection.Name)]
public sealed class CandidateMarkTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_proposed_candidate_is_marked_and_cannot_be_proposed_twice()
    {
        var api = browser.Factory.CreateClient();
        await api.CreateVolunteerAsync(Samples.Volunteer("Klokkenmaker Kees", "Lombok").With("passions", new[] { "oude klokken repareren" }));
        await api.CreateVolunteerAsync(Samples.Volunteer("Uurwerkmaker Uma", "Lombok").With("passions", new[] { "klokken en uurwerken" }));
        var request = await api.CreateRequestAsync(Samples.Request("Mw. haar staande klok loopt niet meer.", "Lombok"));
        var page = await browser.SignedInPageAsync("Coco Ordinator", ["coordinator"]);

        await page.GotoAsync($"/hulpvragen/{request}");
        var kees = page.Locator(".candidate", new() { HasText = "Klokkenmaker Kees" });
        await kees.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).ClickAsync();

        await page.GotoAsync($"/hulpvragen/{request}");
        kees = page.Locator(".candidate", new() { HasText = "Klokkenmaker Kees" });
        (await kees.InnerTextAsync()).Should().Contain("Al voorgesteld voor deze hulpvraag");
        (await kees.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).CountAsync()).Should().Be(0, "a proposed volunteer is not offered a second Voorstellen");
        var uma = page.Locator(".candidate", new() { HasText = "Uurwerkmaker Uma" });
        (await uma.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).CountAsync()).Should().Be(1);
        (await Accessibility.SeriousViolationsAsync(page)).Should().BeEmpty();
        foreach (var width in new[] { 1280, 768 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"hulpvraag-voorgesteld-{width}.png"), FullPage = true });
        }
    }
}
