using System.Net;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Accounts;

/// <summary>A browser session is checked against the user record: disabling the user ends it at once.</summary>
public sealed partial class SessionTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private const string Password = "een-lang-wachtwoord-2026";
    private readonly HttpClient _admin = factory.CreateClient();

    private async Task<(HttpClient Browser, Guid UserId)> SignedInAsync()
    {
        var email = $"sessie-{Guid.NewGuid():N}@example.nl";
        var created = await _admin.PostJsonAsync("/api/v1/users", new { email, name = "Sem Sessie", roles = new[] { "staff" }, password = Password });
        created.EnsureSuccessStatusCode();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        var form = await browser.GetStringAsync("/inloggen");
        var signIn = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (browser, (await created.ReadObjectAsync())["id"]!.GetValue<Guid>());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task Disabling_a_user_ends_their_browser_session_at_once_and_enabling_does_not_revive_it()
    {
        var (browser, userId) = await SignedInAsync();
        (await browser.GetAsync("/vrijwilligers")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetAsync("/api/v1/volunteers")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _admin.PostAsync($"/api/v1/users/{userId}/disable", null)).EnsureSuccessStatusCode();

        var page = await browser.GetAsync("/vrijwilligers");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/inloggen");
        await (await browser.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(401);

        (await _admin.PostAsync($"/api/v1/users/{userId}/enable", null)).EnsureSuccessStatusCode();
        (await browser.GetAsync("/vrijwilligers")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the old cookie stays ended");
    }

    [Fact]
    public async Task Another_users_session_is_untouched_by_a_disable()
    {
        var (browser, _) = await SignedInAsync();
        var (_, other) = await SignedInAsync();

        (await _admin.PostAsync($"/api/v1/users/{other}/disable", null)).EnsureSuccessStatusCode();

        (await browser.GetAsync("/vrijwilligers")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
