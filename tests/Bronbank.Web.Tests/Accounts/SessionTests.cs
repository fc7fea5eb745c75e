using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Accounts;

/// <summary>A browser session is checked against the user record: disabling the user, or changing their roles or password, ends it at once.</summary>
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
    public async Task Changing_a_users_roles_ends_their_browser_session_and_their_api_key_carries_the_new_roles_at_once()
    {
        var (browser, userId) = await SignedInAsync();
        var key = (await (await _admin.PostJsonAsync($"/api/v1/users/{userId}/api-keys", new { name = "sessie" })).ReadObjectAsync())["key"]!.GetValue<string>();
        var client = factory.CreateClient().WithKey(key);
        (await client.GetAsync("/api/v1/volunteers")).StatusCode.Should().Be(HttpStatusCode.OK, "the key is cached as staff");

        await _admin.EnsureBuurthuisAsync("De Boog"); // a board member's buurthuis is a registered one
        var changed = await _admin.PutAsJsonAsync($"/api/v1/users/{userId}/roles", new { roles = new[] { "board" }, buurthuizen = new[] { "De Boog" } });
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await changed.ReadObjectAsync())["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("board");

        var page = await browser.GetAsync("/vrijwilligers");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/inloggen");
        await (await client.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task Setting_a_new_password_ends_the_session_and_only_the_new_password_signs_in()
    {
        var (browser, userId) = await SignedInAsync();
        const string newPassword = "een-ander-lang-wachtwoord";

        (await _admin.PutAsJsonAsync($"/api/v1/users/{userId}/password", new { password = newPassword })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await browser.GetAsync("/vrijwilligers")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var email = (await (await _admin.GetAsync("/api/v1/users")).ReadArrayAsync()).Single(u => u!["id"]!.GetValue<Guid>() == userId)!["email"]!.GetValue<string>();
        (await SignInAsync(email, Password)).Should().BeFalse("the old password no longer works");
        (await SignInAsync(email, newPassword)).Should().BeTrue();
    }

    [Fact]
    public async Task A_too_short_password_or_an_unknown_role_is_a_validation_problem_and_the_session_goes_on()
    {
        var (browser, userId) = await SignedInAsync();

        var shortPassword = await _admin.PutAsJsonAsync($"/api/v1/users/{userId}/password", new { password = "kort" });
        (await shortPassword.ShouldBeProblemAsync(400))["errors"]!["password"].Should().NotBeNull();
        var unknownRole = await _admin.PutAsJsonAsync($"/api/v1/users/{userId}/roles", new { roles = new[] { "superuser" } });
        (await unknownRole.ShouldBeProblemAsync(400))["errors"]!["roles"].Should().NotBeNull();

        (await browser.GetAsync("/vrijwilligers")).StatusCode.Should().Be(HttpStatusCode.OK, "nothing changed");
    }

    private async Task<bool> SignInAsync(string email, string password)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        var form = await browser.GetStringAsync("/inloggen");
        var signIn = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        return signIn.StatusCode == HttpStatusCode.Redirect;
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
