using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Visits;

namespace Bronbank.Web.Tests.Insights;

/// <summary>Recurring questions count walk-in visits and help requests together, with the theme a person corrected.</summary>
public sealed class CombinedThemeTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task VisitAsync(string area, string theme, DateOnly day, string? referral = null) =>
        (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit(area, theme).With("date", day.ToString("yyyy-MM-dd"))
            .With("referredTo", referral is null ? Array.Empty<string>() : new[] { referral }))).EnsureSuccessStatusCode();

    private async Task<Guid> RequestWithThemeAsync(string area, string theme)
    {
        var id = await _client.CreateRequestAsync(Samples.Request("Mevrouw wil graag hulp bij iets dat niet in een hokje past.", area));
        (await _client.PutAsJsonAsync($"/api/v1/requests/{id}/theme", new { theme }, HttpExtensions.Json)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<JsonObject> ThemeAsync(string area, string theme)
    {
        var insights = await _client.GetObjectAsync($"/api/v1/insights/themes?neighbourhood={Uri.EscapeDataString(area)}");
        return insights["themes"]!.AsArray().Single(t => t!["theme"]!.GetValue<string>() == theme)!.AsObject();
    }

    [Fact]
    public async Task Visits_and_requests_count_together_with_the_source_split_and_referrals_per_organisation()
    {
        var today = VisitApiTests.DutchToday();
        await VisitAsync("Lombok", "geld en schulden", today, "De Geldzaak");
        await VisitAsync("Lombok", "geld en schulden", today, "De Geldzaak");
        await VisitAsync("Lombok", "formulieren en post", today, "Loket");
        await VisitAsync("Zuilen", "geld en schulden", today, "De Geldzaak");
        await RequestWithThemeAsync("Lombok", "geld en schulden");

        var money = await ThemeAsync("Lombok", "geld en schulden");
        money["sources"]!["spreekuur"]!.GetValue<int>().Should().Be(2);
        money["sources"]!["hulpvraag"]!.GetValue<int>().Should().Be(1);
        money["latest"]!.GetValue<int>().Should().Be(3, "this month's count adds visits and requests");

        var insights = await _client.GetObjectAsync("/api/v1/insights/themes?neighbourhood=Lombok");
        insights["visits"]!.GetValue<int>().Should().Be(3);
        insights["referrals"]!.AsArray().Select(r => (r!["name"]!.GetValue<string>(), r["count"]!.GetValue<int>()))
            .Should().Equal(("De Geldzaak", 2), ("Loket", 1));
    }

    [Fact]
    public async Task A_help_request_made_at_a_visit_counts_once_as_that_visit()
    {
        var request = await RequestWithThemeAsync("Oog in Al", "vervoer");
        (await ThemeAsync("Oog in Al", "vervoer"))["sources"]!["hulpvraag"]!.GetValue<int>().Should().Be(1);
        (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Oog in Al", "vervoer").With("outcome", "hulpvraag voor vrijwilliger").With("requestId", request)))
            .EnsureSuccessStatusCode();

        var vervoer = await ThemeAsync("Oog in Al", "vervoer");
        vervoer["sources"]!["spreekuur"]!.GetValue<int>().Should().Be(1);
        vervoer["sources"]!["hulpvraag"]!.GetValue<int>().Should().Be(0, "the request is the visit's question, not a second one");
        vervoer["latest"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task A_theme_rises_on_visits_and_requests_together_where_either_alone_would_not()
    {
        var today = VisitApiTests.DutchToday();
        for (var m = 1; m <= 3; m++) await VisitAsync("Hoograven", "taal", today.AddMonths(-m));
        for (var i = 0; i < 3; i++) await VisitAsync("Hoograven", "taal", today);
        (await ThemeAsync("Hoograven", "taal"))["rising"]!.GetValue<bool>().Should().BeFalse("3 this month against 1 usually is not 3 more");

        await RequestWithThemeAsync("Hoograven", "taal");
        var taal = await ThemeAsync("Hoograven", "taal");
        taal["latest"]!.GetValue<int>().Should().Be(4);
        taal["usual"]!.GetValue<double>().Should().Be(1);
        taal["rising"]!.GetValue<bool>().Should().BeTrue("4 is at least double 1 and 3 more");
    }

    [Fact]
    public async Task A_corrected_theme_is_what_counts_and_survives_an_edit_of_the_text()
    {
        var body = Samples.Request("Meneer wil graag wandelen in het park.", "Terwijde");
        var id = await _client.CreateRequestAsync(body);
        (await _client.GetObjectAsync($"/api/v1/requests/{id}"))["theme"]!.GetValue<string>().Should().Be("eenzaamheid en gezelschap");

        var corrected = await (await _client.PutAsJsonAsync($"/api/v1/requests/{id}/theme", new { theme = "gezondheid en zorg" }, HttpExtensions.Json)).ReadObjectAsync();
        corrected["theme"]!.GetValue<string>().Should().Be("gezondheid en zorg");
        corrected["themeCorrected"]!.GetValue<bool>().Should().BeTrue();
        (await _client.PutAsJsonAsync($"/api/v1/requests/{id}", body.With("question", "Meneer wil graag wandelen in het park na zijn heupoperatie."), HttpExtensions.Json)).EnsureSuccessStatusCode();
        (await _client.GetObjectAsync($"/api/v1/requests/{id}"))["theme"]!.GetValue<string>().Should().Be("gezondheid en zorg", "a person's correction is kept");

        (await ThemeAsync("Terwijde", "gezondheid en zorg"))["sources"]!["hulpvraag"]!.GetValue<int>().Should().Be(1);
        (await ThemeAsync("Terwijde", "eenzaamheid en gezelschap"))["sources"]!["hulpvraag"]!.GetValue<int>().Should().Be(0);

        var invalid = await (await _client.PutAsJsonAsync($"/api/v1/requests/{id}/theme", new { theme = "ufo's" }, HttpExtensions.Json)).ShouldBeProblemAsync(400);
        invalid.ErrorsFor("theme").Should().NotBeEmpty();
        await (await _client.PutAsJsonAsync($"/api/v1/requests/{Guid.NewGuid()}/theme", new { theme = "taal" }, HttpExtensions.Json)).ShouldBeProblemAsync(404);
    }
}
