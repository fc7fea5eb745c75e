using System.Net;
using System.Text.RegularExpressions;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Accounts;

public sealed partial class SignInTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private const string Password = "een-lang-wachtwoord-2026";

    private HttpClient Browser()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        return browser;
    }

    private async Task<string> UserAsync()
    {
        var email = $"intake-{Guid.NewGuid():N}@example.nl";
        (await factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name = "Ingrid Intake", roles = new[] { "staff" }, password = Password }))
            .EnsureSuccessStatusCode();
        return email;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, bool withToken = true)
    {
        var form = await browser.GetStringAsync("/inloggen");
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (withToken) fields["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value;
        return await browser.PostAsync("/inloggen", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task A_staff_member_signs_in_with_a_cookie_and_sees_the_start_page()
    {
        var browser = Browser();
        (await browser.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "pages need a signed-in user");

        var response = await SignInAsync(browser, await UserAsync(), Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bronbank=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
        (await browser.GetStringAsync("/")).Should().Contain("Welkom, Ingrid Intake");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = await UserAsync();
        var browser = Browser();
        for (var i = 0; i < User.MaxFailedSignIns; i++)
        {
            var wrong = await SignInAsync(browser, email, "niet-het-wachtwoord");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
            (await wrong.Content.ReadAsStringAsync()).Should().Contain("horen niet bij elkaar");
        }

        var locked = await SignInAsync(browser, email, Password);

        locked.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account is not signed in");
        locked.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task A_form_post_without_the_anti_forgery_token_is_refused()
    {
        var response = await SignInAsync(Browser(), await UserAsync(), Password, withToken: false);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }
}
