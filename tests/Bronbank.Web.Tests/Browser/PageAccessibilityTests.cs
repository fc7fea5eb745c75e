namespace Bronbank.Web.Tests.Browser;

/// <summary>axe-core finds no serious or critical violations on the pages a person reaches without data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task Sign_in_lists_and_forms_have_no_serious_accessibility_violations()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl});
        var anonymous = await context.NewPageAsync();
        await anonymous.GotoAsync("/inloggen");
        var violations = (await Accessibility.SeriousViolationsAsync(anonymous)).Select(v => "inloggen: " + v).ToList();

        var everyone = await browser.SignedInPageAsync("Alex Alles", ["staff", "coordinator", "admin"]);
        foreach (var url in new[] { "/", "/vrijwilligers", "/vrijwilligers?Q=wandelen", "/vrijwilligers/nieuw", "/hulpvragen", "/hulpvragen/nieuw", "/koppelingen", "/buurthuis", "/beheer", "/inzichten", "/spreekuur", "/signalen", "/agenda", "/bouwblokken", "/bouwblokken/activiteiten/nieuw", "/bouwblokken/buurthuizen/nieuw" })
        {
            await everyone.GotoAsync(url);
            violations.AddRange((await Accessibility.SeriousViolationsAsync(everyone)).Select(v => $"{url}: {v}"));
        }

        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_sign_in_fields_and_button_in_order()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl});
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");

        var focused = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
        }

        focused.Should().Equal("Naar de inhoud", "Bronbank", "email", "wachtwoord", "Inloggen");
    }
}
