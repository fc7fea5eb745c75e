using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

/// <summary>Every rule on a profile answers 400 with the field named in <c>errors</c>, and stores nothing.</summary>
public sealed class VolunteerValidationTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, object?, string, string> InvalidFields => new()
    {
        { "name", null, "name", "Required" },
        { "name", "   ", "name", "Required" },
        { "name", new string('x', 201), "name", "At most 200" },
        { "neighbourhood", null, "neighbourhood", "Required" },
        { "neighbourhood", "Atlantis", "neighbourhood", "Unknown area 'Atlantis'" },
        { "about", new string('a', 2001), "about", "At most 2000" },
        { "availability", new[] { "maandag" }, "availability", "'maandag' is not a day-part" },
        { "availability", new[] { "di-nacht" }, "availability", "'di-nacht' is not a day-part" },
        { "languages", new[] { "dutch" }, "languages", "'dutch' is not an ISO 639" },
        { "languages", Array.Empty<string>(), "languages", "At least one language" },
        { "maxMatches", 0, "maxMatches", "between 1 and 10" },
        { "maxMatches", 11, "maxMatches", "between 1 and 10" },
        { "email", "geen-adres", "email", "e-mail" },
        { "phone", "12", "phone", "phone number" },
        { "passions", new[] { new string('p', 201) }, "passions[0]", "At most 200" },
        { "name", "Anna\u0007", "name", "Control characters" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_is_named_in_the_problem(string field, object? value, string errorKey, string message)
    {
        var response = await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer($"Val {field} {message}").With(field, value));

        var problem = await response.ShouldBeProblemAsync(400);
        problem.ErrorsFor(errorKey).Should().Contain(m => m.Contains(message), $"field {errorKey}");
    }

    [Fact]
    public async Task A_profile_without_any_passion_or_talent_is_rejected()
    {
        var body = Samples.Volunteer().With("passions", Array.Empty<string>()).With("talents", new[] { " " });
        var problem = await (await _client.PostJsonAsync("/api/v1/volunteers", body)).ShouldBeProblemAsync(400);
        problem.ErrorsFor("passions").Should().Contain("At least one passion or talent is required.");
    }

    [Theory]
    [InlineData("""{"name":"A","neighbourhood":"Zuilen","passions":["x"],"maxMatches":"twee"}""", "maxMatches")]
    [InlineData("""{"name":"A","neighbourhood":"Zuilen","passions":"wandelen"}""", "passions")]
    [InlineData("""{"name":42,"neighbourhood":"Zuilen","passions":["x"]}""", "name")]
    [InlineData("""{"name":"A","neighbourhood":"Zuilen","passions":["x"],"active":"ja"}""", "active")]
    public async Task A_value_of_the_wrong_type_is_named_in_the_problem(string json, string field)
    {
        var problem = await (await _client.PostRawAsync("/api/v1/volunteers", json)).ShouldBeProblemAsync(400);
        problem.ErrorsFor(field).Should().NotBeEmpty(problem.ToJsonString());
    }

    [Theory]
    [InlineData("{\"name\":")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_json_object_is_a_400_problem(string json)
    {
        var problem = await (await _client.PostRawAsync("/api/v1/volunteers", json)).ShouldBeProblemAsync(400);
        problem["detail"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_a_problem()
    {
        var body = Samples.Volunteer().With("about", new string('a', 400_000));
        var problem = await (await _client.PostJsonAsync("/api/v1/volunteers", body)).ShouldBeProblemAsync(400);
        problem["detail"]!.GetValue<string>().Should().Contain("too large").And.Contain("KiB");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_problem()
    {
        var response = await _client.PostRawAsync("/api/v1/volunteers", "name=Anna", "text/plain");
        await response.ShouldBeProblemAsync(415);
    }

    [Fact]
    public async Task Rejected_writes_leave_the_data_unchanged()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Ongewijzigd", "Lunetten"))).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();
        var before = await CountAsync();

        await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer().With("neighbourhood", "Atlantis"))).ShouldBeProblemAsync(400);
        await (await _client.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Nieuwe naam").With("maxMatches", 99), HttpExtensions.Json)).ShouldBeProblemAsync(400);
        await (await _client.PostRawAsync("/api/v1/volunteers", """{"name":"X","neighbourhood":"Zuilen","passions":["x"],"maxMatches":"veel"}""")).ShouldBeProblemAsync(400);

        (await CountAsync()).Should().Be(before);
        var current = await (await _client.GetAsync($"/api/v1/volunteers/{id}")).ReadObjectAsync();
        current["name"]!.GetValue<string>().Should().Be("Ongewijzigd");
        current["version"]!.GetValue<int>().Should().Be(1);
    }

    private async Task<long> CountAsync() =>
        (await (await _client.GetAsync("/api/v1/volunteers?pageSize=1")).ReadObjectAsync())["total"]!.GetValue<long>();
}
