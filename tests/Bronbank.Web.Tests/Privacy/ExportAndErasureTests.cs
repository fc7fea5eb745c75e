using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Privacy;

public sealed class ExportAndErasureTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_export_holds_the_profile_consent_history_and_matches_with_their_events()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Fenna Export").With("maxMatches", 3));
        var match = await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);
        (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);

        var export = await _client.GetObjectAsync($"/api/v1/volunteers/{volunteer}/export");

        export["profile"]!["name"]!.GetValue<string>().Should().Be("Fenna Export");
        export["profile"]!["email"]!.GetValue<string>().Should().Be("gerrit@example.nl");
        export["consentHistory"]!.AsArray().Should().ContainSingle();
        export["activeMatches"]!.GetValue<int>().Should().Be(1);
        var matches = export["matches"]!.AsArray();
        matches.Should().HaveCount(2);
        matches.Select(m => m!["history"]!.AsArray().Count).Should().BeEquivalentTo([2, 1]);
    }

    [Fact]
    public async Task Erasure_removes_the_profile_closes_and_masks_their_matches_and_frees_the_request()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Wietske Wisbaar"));
        var request = await _client.CreateRequestAsync();
        var match = await _client.ProposeAsync(request, volunteer);
        (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync($"/api/v1/matches/{match}/notes", new { text = "Wietske belde, woont op Kanaalstraat 12" })).EnsureSuccessStatusCode();

        (await _client.DeleteAsync($"/api/v1/volunteers/{volunteer}")).EnsureSuccessStatusCode();

        await (await _client.GetAsync($"/api/v1/volunteers/{volunteer}")).ShouldBeProblemAsync(404);
        await (await _client.GetAsync($"/api/v1/volunteers/{volunteer}/export")).ShouldBeProblemAsync(404);
        var history = await _client.GetObjectAsync($"/api/v1/matches/{match}");
        history["status"]!.GetValue<string>().Should().Be("ended");
        history["outcome"]!.GetValue<string>().Should().Be("volunteer-stopped");
        history.ToJsonString().Should().NotContain("Wietske").And.NotContain("Kanaalstraat").And.NotContain("gebeld met beiden");
        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("open", "the resident still needs someone");
        var list = await _client.GetObjectAsync("/api/v1/volunteers?pageSize=100");
        list.ToJsonString().Should().NotContain("Wietske");
    }

    [Fact]
    public async Task Erasure_closes_every_open_match_of_the_volunteer_together_with_the_deletion()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Meervoudig Bezet").With("maxMatches", 3));
        var matches = new List<Guid>();
        for (var i = 0; i < 3; i++) matches.Add(await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer));
        (await _client.ConfirmAsync(matches[0])).EnsureSuccessStatusCode();
        (await _client.ConfirmAsync(matches[1])).EnsureSuccessStatusCode();

        (await _client.DeleteAsync($"/api/v1/volunteers/{volunteer}")).EnsureSuccessStatusCode();

        var statuses = new List<string>();
        foreach (var match in matches) statuses.Add((await _client.GetObjectAsync($"/api/v1/matches/{match}"))["status"]!.GetValue<string>());
        statuses.Should().Equal("ended", "ended", "declined");
        await (await _client.GetAsync($"/api/v1/volunteers/{volunteer}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Deleting_a_help_request_masks_the_notes_of_its_matches()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Nora Notitie"));
        var request = await _client.CreateRequestAsync();
        var match = await _client.ProposeAsync(request, volunteer);
        (await _client.PostJsonAsync($"/api/v1/matches/{match}/notes", new { text = "Mevrouw Olthof, Kanaalstraat 14, slecht ter been" })).EnsureSuccessStatusCode();

        (await _client.DeleteAsync($"/api/v1/requests/{request}")).EnsureSuccessStatusCode();

        var history = await _client.GetAsync($"/api/v1/matches/{match}");
        (await history.Content.ReadAsStringAsync()).Should().NotContain("Olthof").And.NotContain("Kanaalstraat").And.NotContain("gebeld met beiden");
    }
}
