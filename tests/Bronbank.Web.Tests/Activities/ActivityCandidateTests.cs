using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Activities;

/// <summary>A lonely resident may be better served by the Tuesday Huiskamer than by one volunteer: the coordinator sees both.</summary>
public sealed class ActivityCandidateTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_candidates_for_a_request_include_the_fitting_activities_nearby_with_dutch_reasons()
    {
        var pijler = await _client.CreateBuurthuisAsync("Buurtcentrum De Pijler", extra: new { name = "Buurtcentrum De Pijler", area = "Zuilen", lat = 52.1115, lon = 5.0905 });
        var huiskamer = await _client.CreateActivityAsync(ActivitySamples.Activity(pijler));
        var bikes = await _client.CreateActivityAsync(ActivitySamples.Activity(pijler, "Fietsenwerkplaats", "do").With("targetGroups", new[] { "jongeren" })
            .With("description", "Lekke band of kapotte rem? Samen repareren we uw fiets."));
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Koffie Klaas").With("passions", new[] { "koffie drinken en praten" }));
        var request = await _client.CreateRequestAsync(Samples.Request("Mw. (84) voelt zich eenzaam en wil graag een praatje en een kop koffie."));

        var answer = await _client.GetObjectAsync($"/api/v1/requests/{request}/candidates");

        answer["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<Guid>()).Should().Contain(volunteer, "the volunteers are still there");
        var activities = answer["activities"]!.AsArray();
        activities.Select(a => a!["activityId"]!.GetValue<Guid>()).Should().Equal([huiskamer], "only the activity whose words fit; the bike workshop does not");
        activities[0]!["reasons"]![0]!["text"]!.GetValue<string>().Should().Be("Huiskamer, di-ochtend in Buurtcentrum De Pijler, 0,4 km");
        activities[0]!["reasons"]!.AsArray().Select(r => r!["text"]!.GetValue<string>()).Should().Contain("kan di-ochtend");

        var draft = await (await _client.PostJsonAsync("/api/v1/candidates", Samples.Request("Meneer is eenzaam en houdt van koffie", "Zuilen"))).ReadObjectAsync();
        draft["activities"]!.AsArray().Select(a => a!["activityId"]!.GetValue<Guid>()).Should().Contain(huiskamer).And.NotContain(bikes);
    }
}
