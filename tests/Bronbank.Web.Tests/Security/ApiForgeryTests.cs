using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Security;

/// <summary>
/// The API with the sign-in cookie: a change needs the anti-forgery token in a header (another site cannot
/// read it), and bodies are JSON unless the endpoint declares otherwise, so a cross-site form cannot post.
/// </summary>
public sealed partial class ApiForgeryTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private const string Password = "een-lang-wachtwoord-2026";

    private async Task<(HttpClient Browser, string Token)> SignedInAsStaffAsync()
    {
        var email = $"csrf-{Guid.NewGuid():N}@example.nl";
        (await factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name = "Cas Cookie", roles = new[] { "staff" }, password = Password })).EnsureSuccessStatusCode();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        var form = await browser.GetStringAsync("/inloggen");
        (await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        // Any page of the app holds a token for this user (the sign-out form in the layout carries one).
        return (browser, Token().Match(await browser.GetStringAsync("/vrijwilligers/nieuw")).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private async Task<int> VolunteersNamedAsync(string name) =>
        (await factory.CreateClient().GetObjectAsync("/api/v1/volunteers?pageSize=100"))["items"]!.AsArray().Count(v => v!["name"]!.GetValue<string>() == name);

    [Fact]
    public async Task A_change_through_the_api_with_the_sign_in_cookie_and_no_anti_forgery_header_is_refused_and_changes_nothing()
    {
        var (browser, token) = await SignedInAsStaffAsync();

        var forged = await browser.PostAsJsonAsync("/api/v1/volunteers", Samples.Volunteer("Vera Vervalst"), HttpExtensions.Json);
        (await forged.ShouldBeProblemAsync(400))["detail"]!.GetValue<string>().Should().Contain("RequestVerificationToken");
        var wrongToken = new HttpRequestMessage(HttpMethod.Post, "/api/v1/volunteers") { Content = JsonContent.Create(Samples.Volunteer("Vera Vervalst"), options: HttpExtensions.Json) };
        wrongToken.Headers.Add("RequestVerificationToken", "niet-het-token");
        await (await browser.SendAsync(wrongToken)).ShouldBeProblemAsync(400);
        var import = await browser.PostAsync("/api/v1/volunteers/import", new StringContent("name,neighbourhood\r\nVera Vervalst,Zuilen\r\n", System.Text.Encoding.UTF8, "text/csv"));
        await import.ShouldBeProblemAsync(400);
        (await VolunteersNamedAsync("Vera Vervalst")).Should().Be(0);

        var genuine = new HttpRequestMessage(HttpMethod.Post, "/api/v1/volunteers") { Content = JsonContent.Create(Samples.Volunteer("Vera Vervalst"), options: HttpExtensions.Json) };
        genuine.Headers.Add("RequestVerificationToken", token);
        (await browser.SendAsync(genuine)).StatusCode.Should().Be(HttpStatusCode.Created, "the app's own page may call the API with its token");
        (await browser.GetAsync("/api/v1/volunteers")).StatusCode.Should().Be(HttpStatusCode.OK, "reads need no token");
    }

    [Fact]
    public async Task The_import_refuses_text_plain_which_a_cross_site_form_could_send()
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/volunteers/import",
            new StringContent("name,neighbourhood\r\nTeun Tekst,Zuilen\r\n", System.Text.Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(415);
        (await VolunteersNamedAsync("Teun Tekst")).Should().Be(0);
    }

    [Fact]
    public async Task A_post_without_a_json_body_parameter_still_refuses_a_form_or_text_body()
    {
        var client = factory.CreateClient();
        var volunteer = await client.CreateVolunteerAsync(Samples.Volunteer("Fien Formulier"));
        var match = await client.ProposeAsync(await client.CreateRequestAsync(), volunteer);

        var asForm = await client.PostAsync($"/api/v1/matches/{match}/confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
        await asForm.ShouldBeProblemAsync(415);
        var asText = await client.PostAsync("/api/v1/retention/run", new StringContent("x", System.Text.Encoding.UTF8, "text/plain"));
        await asText.ShouldBeProblemAsync(415);
        (await client.GetObjectAsync($"/api/v1/matches/{match}"))["status"]!.GetValue<string>().Should().Be("proposed");
    }
}
