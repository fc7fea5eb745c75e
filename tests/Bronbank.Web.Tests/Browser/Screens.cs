using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>A page as the flow tests check it: a full-page screenshot at 1280 and at 768 pixels wide, and axe-core's serious violations.</summary>
public static class Screens
{
    public static async Task CheckAsync(IPage page, string name, ICollection<string> violations)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(768, 1024);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}-768.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
        foreach (var violation in await Accessibility.SeriousViolationsAsync(page)) violations.Add($"{name}: {violation}");
    }

    public static string Dutch(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
