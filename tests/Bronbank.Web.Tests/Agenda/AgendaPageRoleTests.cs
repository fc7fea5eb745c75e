using System.Net;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Agenda;

/// <summary>
/// Who reaches the Agenda and Bouwblokken pages and what they see there, signed in with the cookie as a
/// person is: staff, coordinators and admins see every buurthuis and manage the places; a board sees and
/// plans only its own buurthuis, also when it posts the form by hand.
/// </summary>
public sealed partial class AgendaPageRoleTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private const string Password = "wachtwoord-voor-de-rollen";
    private const string Own = "Buurthuis Het Rolluik";
    private const string Other = "Wijkcentrum De Andere Kant";
    private readonly HttpClient _admin = factory.CreateClient();
    private Guid _own, _other, _otherActivity;

    public async Task InitializeAsync()
    {
        _own = await _admin.EnsureBuurthuisAsync(Own, "Zuilen");
        _other = await _admin.EnsureBuurthuisAsync(Other, "Lombok");
        var existing = await (await _admin.GetAsync($"/api/v1/activities?buurthuisId={_other}")).ReadArrayAsync();
        if (existing.Count > 0)
        {
            _otherActivity = existing[0]!["id"]!.GetValue<Guid>();
            return;
        }
        await _admin.CreateActivityAsync(ActivitySamples.Activity(_own, "Eigen huiskamer"));
        _otherActivity = await _admin.CreateActivityAsync(ActivitySamples.Activity(_other, "Andermans taalcursus"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.nl";
        (await _admin.PostJsonAsync("/api/v1/users", new { email, name = "Rik Rol", roles = new[] { role }, buurthuizen = role == "board" ? new[] { Own } : Array.Empty<string>(), password = Password }))
            .EnsureSuccessStatusCode();
        var browser = WithoutKey(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var form = await browser.GetStringAsync("/inloggen");
        var signIn = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("coordinator")]
    [InlineData("admin")]
    public async Task Staff_coordinators_and_admins_see_every_buurthuis_and_manage_the_places(string role)
    {
        var browser = await SignedInAsync(role);
        var start = await browser.GetStringAsync("/");
        start.Should().Contain("href=\"/agenda\"").And.Contain("href=\"/bouwblokken\"");

        var agenda = await browser.GetStringAsync("/agenda?week=2026-W10");
        agenda.Should().Contain(Own).And.Contain(Other).And.Contain($"agenda.ics?buurthuisId={_other}");
        var blocks = await browser.GetStringAsync("/bouwblokken");
        blocks.Should().Contain("Eigen huiskamer").And.Contain("Andermans taalcursus").And.Contain("Nieuw buurthuis");
        (await browser.GetAsync("/bouwblokken/buurthuizen/nieuw")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetAsync($"/bouwblokken/buurthuizen/{_other}/bewerken")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetAsync($"/bouwblokken/activiteiten/{_otherActivity}/bewerken")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_board_sees_only_its_own_buurthuis_and_cannot_plan_in_another_even_by_posting_the_form()
    {
        var board = await SignedInAsync("board");
        var start = await board.GetStringAsync("/");
        start.Should().Contain("href=\"/agenda\"").And.Contain("href=\"/bouwblokken\"");

        var agenda = await board.GetStringAsync("/agenda?week=2026-W10");
        agenda.Should().Contain(Own).And.Contain($"agenda.ics?buurthuisId={_own}").And.NotContain(Other);
        var blocks = await board.GetStringAsync("/bouwblokken");
        blocks.Should().Contain("Eigen huiskamer").And.NotContain("Andermans taalcursus").And.NotContain("Nieuw buurthuis").And.NotContain(Other);

        foreach (var url in new[] { "/bouwblokken/buurthuizen/nieuw", $"/bouwblokken/buurthuizen/{_own}/bewerken", $"/bouwblokken/activiteiten/{_otherActivity}/bewerken" })
        {
            var refused = await board.GetAsync(url);
            refused.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            refused.Headers.Location!.ToString().Should().Contain("/geen-toegang", url);
        }
        (await board.GetAsync($"/api/v1/agenda.ics?buurthuisId={_other}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the feed of another buurthuis is not the board's");

        // The form offers only the own buurthuis; a hand-made post for the other one is refused at the field and saves nothing.
        var form = await board.GetStringAsync("/bouwblokken/activiteiten/nieuw");
        form.Should().Contain(Own).And.NotContain(Other);
        var post = await board.PostAsync("/bouwblokken/activiteiten/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "Stiekem spreekuur", ["Kind"] = "spreekuur", ["Organisation"] = "Bestuur", ["BuurthuisId"] = _other.ToString(),
            ["Weekday"] = "di", ["Start"] = "10:00", ["End"] = "11:00", ["Recurrence"] = "weekly", ["Languages"] = "nl",
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        post.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await post.Content.ReadAsStringAsync();
        page.Should().Contain("id=\"fout-buurthuisId\"").And.Contain("U beheert alleen de activiteiten van uw eigen buurthuis").And.Contain("value=\"Stiekem spreekuur\"");
        (await (await _admin.GetAsync($"/api/v1/activities?buurthuisId={_other}")).ReadArrayAsync()).Select(a => a!["title"]!.GetValue<string>())
            .Should().NotContain("Stiekem spreekuur");
    }

    [Fact]
    public async Task Without_sign_in_the_pages_send_to_the_sign_in()
    {
        var anonymous = WithoutKey(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        foreach (var url in new[] { "/agenda", "/bouwblokken", "/bouwblokken/activiteiten/nieuw", "/bouwblokken/buurthuizen/nieuw" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().Should().Contain("/inloggen", url);
        }
    }

    /// <summary>Without the bootstrap key the factory puts on its clients (every role): a person signs in with the cookie only.</summary>
    private static HttpClient WithoutKey(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
