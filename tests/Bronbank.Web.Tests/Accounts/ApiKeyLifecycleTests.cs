using System.Net;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Accounts;

public sealed class ApiKeyLifecycleTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    [Fact]
    public async Task A_key_is_shown_once_stored_hashed_carries_its_users_roles_and_stops_working_when_revoked()
    {
        var user = await (await _admin.PostJsonAsync("/api/v1/users", new { email = $"c-{Guid.NewGuid():N}@example.nl", name = "Coördinator", roles = new[] { "coordinator" } })).ReadObjectAsync();
        var userId = user["id"]!.GetValue<Guid>();
        var issued = await _admin.PostJsonAsync($"/api/v1/users/{userId}/api-keys", new { name = "koppeling met zaaksysteem" });
        issued.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await issued.ReadObjectAsync();
        var key = body["key"]!.GetValue<string>();
        var keyId = body["id"]!.GetValue<Guid>();
        key.Should().StartWith("bbk_").And.HaveLength(47);

        var listed = await (await _admin.GetAsync($"/api/v1/users/{userId}/api-keys")).Content.ReadAsStringAsync();
        listed.Should().NotContain(key, "the secret is shown only once").And.Contain(key[..12]);

        var client = factory.CreateAnonymousClient().WithKey(key);
        (await client.GetAsync("/api/v1/requests")).StatusCode.Should().Be(HttpStatusCode.OK, "a coordinator's key reads requests");
        await (await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).ShouldBeProblemAsync(403);

        (await _admin.DeleteAsync($"/api/v1/users/{userId}/api-keys/{keyId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await client.GetAsync("/api/v1/requests")).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task Disabling_a_user_stops_their_keys()
    {
        var (client, userId) = await factory.ClientAsAsync(["staff"]);
        (await client.GetAsync("/api/v1/volunteers")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _admin.PostAsync($"/api/v1/users/{userId}/disable", null)).EnsureSuccessStatusCode();

        await (await client.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(401);
    }

    [Theory]
    [InlineData("Bearer bbk_this-key-was-never-issued-by-anyone-000000")]
    [InlineData("Bearer kort")]
    [InlineData("Basic YWRtaW46YWRtaW4=")]
    public async Task Unknown_or_malformed_credentials_are_401_problems(string header)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        var problem = await (await client.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(401);
        problem["title"].Should().NotBeNull();
    }

    [Fact]
    public async Task User_input_is_validated()
    {
        var problem = await (await _admin.PostJsonAsync("/api/v1/users", new { email = "geen", roles = new[] { "god" } })).ShouldBeProblemAsync(400);
        problem.ErrorsFor("email").Should().NotBeEmpty();
        problem.ErrorsFor("name").Should().NotBeEmpty();
        problem.ErrorsFor("roles").Should().Contain(m => m.Contains("god"));
        (await (await _admin.PostJsonAsync("/api/v1/users", new { email = "b@example.nl", name = "B", roles = new[] { "board" } })).ShouldBeProblemAsync(400))
            .ErrorsFor("buurthuizen").Should().NotBeEmpty();
    }
}
