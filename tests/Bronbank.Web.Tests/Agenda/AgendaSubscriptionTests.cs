using System.Net;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Agenda;

/// <summary>
/// The subscription link of a buurthuis: made on the Agenda page by who manages the buurthuis, read by a
/// calendar app without any cookie or key, only that buurthuis, no contact details, 404 once replaced.
/// </summary>
public sealed partial class AgendaSubscriptionTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private const string Password = "wachtwoord-voor-de-abonnementen";
    private const string Own = "Buurthuis De Abonnee";
    private const string Other = "Wijkcentrum Het Andere Rooster";
    private const string Contact = "Mevrouw Jansen, 06-12345678";
    private readonly HttpClient _admin = factory.CreateClient();
    private Guid _own, _other;

    public async Task InitializeAsync()
    {
        _own = await _admin.EnsureBuurthuisAsync(Own, "Zuilen");
        _other = await _admin.EnsureBuurthuisAsync(Other, "Lombok");
        var existing = await (await _admin.GetAsync($"/api/v1/activities?buurthuisId={_own}")).ReadArrayAsync();
        if (existing.Count > 0) return;
        var own = ActivitySamples.Activity(_own, "Abonnee-huiskamer");
        own["contact"] = Contact;
        await _admin.CreateActivityAsync(own);
        await _admin.CreateActivityAsync(ActivitySamples.Activity(_other, "Rooster-taalcafé", "wo"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_link_made_on_the_page_opens_the_feed_without_any_cookie_and_Ical_Net_reads_it_without_contact_details()
    {
        var admin = await SignedInAsync("admin");
        var url = await MakeLinkAsync(admin, _own);
        url.Should().MatchRegex(@"^http://localhost/api/v1/agenda/feeds/bbf_[A-Za-z0-9_-]{43}\.ics$");

        var response = await CalendarApp().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        calendar.Events.Select(e => e.Summary).Should().Equal("Abonnee-huiskamer");
        calendar.Events[0]!.RecurrenceRule.Should().NotBeNull();
        calendar.Events[0]!.Location.Should().Contain(Own);
        text.Should().NotContain("Jansen").And.NotContain("06-12345678").And.NotContain("Contact:");

        // The signed-in feed still carries the contact: only the anonymous link leaves it out.
        (await _admin.GetStringAsync($"/api/v1/agenda.ics?buurthuisId={_own}")).Should().Contain("Jansen");
    }

    [Fact]
    public async Task A_wrong_or_replaced_token_is_404_and_never_401()
    {
        var staff = await SignedInAsync("staff");
        var first = await MakeLinkAsync(staff, _own);
        (await CalendarApp().GetAsync(first)).StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await MakeLinkAsync(staff, _own);
        second.Should().NotBe(first);

        var app = CalendarApp();
        await (await app.GetAsync(first)).ShouldBeProblemAsync(404);
        var flipped = first[..^5] + (first[^5] == 'A' ? 'B' : 'A') + ".ics";
        await (await app.GetAsync(flipped)).ShouldBeProblemAsync(404);
        await (await app.GetAsync("/api/v1/agenda/feeds/bbf_" + new string('x', 43) + ".ics")).ShouldBeProblemAsync(404);
        await (await app.GetAsync("/api/v1/agenda/feeds/geen-token.ics")).ShouldBeProblemAsync(404);
        (await app.GetAsync(second)).StatusCode.Should().Be(HttpStatusCode.OK);

        var audit = await (await _admin.GetAsync($"/api/v1/audit?subject={_own}&pageSize=100")).ReadObjectAsync();
        audit["items"]!.AsArray().Count(e => e!["action"]!.GetValue<string>() == "feed-link-renewed" && e["subjectType"]!.GetValue<string>() == "buurthuis")
            .Should().BeGreaterThanOrEqualTo(2, "each new link is in the audit trail");
    }

    [Fact]
    public async Task Another_buurthuis_link_never_returns_this_ones_activities()
    {
        var coordinator = await SignedInAsync("coordinator");
        var other = await (await CalendarApp().GetAsync(await MakeLinkAsync(coordinator, _other))).Content.ReadAsStringAsync();
        var own = await (await CalendarApp().GetAsync(await MakeLinkAsync(coordinator, _own))).Content.ReadAsStringAsync();

        Calendar.Load(other)!.Events.Select(e => e.Summary).Should().Equal("Rooster-taalcafé");
        other.Should().NotContain("Abonnee-huiskamer").And.NotContain(Own);
        Calendar.Load(own)!.Events.Select(e => e.Summary).Should().Equal("Abonnee-huiskamer");
        own.Should().NotContain("Rooster-taalcafé");
    }

    [Fact]
    public async Task A_board_cannot_make_a_link_for_another_buurthuis_and_the_other_link_keeps_working()
    {
        var staff = await SignedInAsync("staff");
        var othersLink = await MakeLinkAsync(staff, _other);
        var board = await SignedInAsync("board");
        var page = await board.GetStringAsync("/agenda?week=2026-W10");

        var refused = await board.PostAsync("/agenda?handler=NieuweLink", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["buurthuisId"] = _other.ToString(), ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }));
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().Should().Contain("/geen-toegang");
        refused.Content.Headers.ContentLength.GetValueOrDefault().Should().Be(0);
        (await CalendarApp().GetAsync(othersLink)).StatusCode.Should().Be(HttpStatusCode.OK, "the board's attempt revoked nothing");

        var own = await MakeLinkAsync(board, _own);
        (await CalendarApp().GetAsync(own)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_the_anti_forgery_token_no_link_is_made()
    {
        var admin = await SignedInAsync("admin");
        var response = await admin.PostAsync("/agenda?handler=NieuweLink", new FormUrlEncodedContent(new Dictionary<string, string> { ["buurthuisId"] = _own.ToString() }));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("/api/v1/agenda/feeds/");
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("coordinator")]
    [InlineData("admin")]
    public async Task Staff_coordinators_and_admins_see_the_subscription_for_every_buurthuis(string role)
    {
        var page = await (await SignedInAsync(role)).GetStringAsync("/agenda?week=2026-W10");
        SubscriptionsFor(page).Should().Contain([_own, _other]);
    }

    [Fact]
    public async Task A_board_sees_the_subscription_of_its_own_buurthuis_only()
    {
        var page = await (await SignedInAsync("board")).GetStringAsync("/agenda?week=2026-W10");
        page.Should().Contain("Abonneren in je eigen agenda");
        SubscriptionsFor(page).Should().Equal(_own);
        page.Should().NotContain("/api/v1/agenda/feeds/", "a link is shown only right after it is made");
    }

    private static List<Guid> SubscriptionsFor(string page) =>
        [.. Subscription().Matches(page).Select(m => Guid.Parse(m.Groups[1].Value))];

    /// <summary>Posts "Nieuwe link maken" from the page as a person does and reads the link it shows once.</summary>
    private static async Task<string> MakeLinkAsync(HttpClient browser, Guid buurthuisId)
    {
        var page = await browser.GetStringAsync("/agenda?week=2026-W10");
        var response = await browser.PostAsync("/agenda?handler=NieuweLink", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["buurthuisId"] = buurthuisId.ToString(), ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var link = Regex.Match(html, $"id=\"link-{buurthuisId}\" value=\"([^\"]+)\"");
        link.Success.Should().BeTrue("the new link is shown once after it is made");
        return WebUtility.HtmlDecode(link.Groups[1].Value);
    }

    /// <summary>A calendar app: a URL and nothing else — no cookie, no API key.</summary>
    private HttpClient CalendarApp() => WithoutKey(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.nl";
        (await _admin.PostJsonAsync("/api/v1/users", new { email, name = "Anna Abonnee", roles = new[] { role }, buurthuizen = role == "board" ? new[] { Own } : Array.Empty<string>(), password = Password }))
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

    private static HttpClient WithoutKey(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\" name=\"buurthuisId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex Subscription();
}
