using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>
/// Bronbank on a real Kestrel port over a real PostgreSQL, and Debian's Chromium driven by Playwright
/// (never Playwright's own browser download).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Password = "wachtwoord-voor-de-test";
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public KestrelFactory Factory { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    /// <summary>What the Content-Security-Policy blocked on pages made by <see cref="SignedInPageAsync"/>.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> CspViolations { get; } = [];

    /// <summary>Creates a user with a password (through the admin API) and returns a signed-in page.</summary>
    public async Task<IPage> SignedInPageAsync(string name, string[] roles, string[]? buurthuizen = null)
    {
        var email = $"{roles[0]}-{Guid.NewGuid():N}@example.nl";
        foreach (var buurthuis in buurthuizen ?? []) await Factory.CreateClient().EnsureBuurthuisAsync(buurthuis);
        (await Factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name, roles, buurthuizen = buurthuizen ?? [], password = Password }))
            .EnsureSuccessStatusCode();
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "nl-NL", TimezoneId = "Europe/Amsterdam", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        // The pages run under the real Content-Security-Policy; anything it blocks is reported by Chromium here.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) CspViolations.Add(message.Text);
        };
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>The usual test host, but listening on a real port for the browser.</summary>
public sealed class KestrelFactory : BronbankFactory
{
    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
    }
}
