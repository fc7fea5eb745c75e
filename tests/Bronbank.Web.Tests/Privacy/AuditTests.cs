using System.Net.Http.Json;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Privacy;

public sealed class AuditTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    [Fact]
    public async Task Viewing_and_changing_a_profile_is_recorded_with_who_and_when_but_without_its_data()
    {
        var (staff, staffId) = await factory.ClientAsAsync([Roles.Staff]);
        var (coordinator, coordinatorId) = await factory.ClientAsAsync([Roles.Coordinator]);
        var volunteer = await staff.CreateVolunteerAsync(Samples.Volunteer("Auditje Geheim"));
        (await coordinator.GetAsync($"/api/v1/volunteers/{volunteer}")).EnsureSuccessStatusCode();
        (await staff.PutAsJsonAsync($"/api/v1/volunteers/{volunteer}", Samples.Volunteer("Auditje Anders"))).EnsureSuccessStatusCode();

        var trail = await _admin.GetObjectAsync($"/api/v1/audit?subject={volunteer}");

        var entries = trail["items"]!.AsArray().Select(e => (Actor: e!["actor"]!.GetValue<string>(), Action: e["action"]!.GetValue<string>())).ToList();
        entries.Should().Contain((staffId.ToString(), "created"));
        entries.Should().Contain((coordinatorId.ToString(), "viewed"));
        entries.Should().Contain((staffId.ToString(), "updated"));
        trail.ToJsonString().Should().NotContain("Auditje").And.NotContain("gerrit@example.nl");

        var byActor = await _admin.GetObjectAsync($"/api/v1/audit?actor={coordinatorId}");
        byActor["items"]!.AsArray().Should().OnlyContain(e => e!["actor"]!.GetValue<string>() == coordinatorId.ToString());
    }

    [Fact]
    public async Task Only_an_admin_reads_the_audit_trail()
    {
        var (staff, _) = await factory.ClientAsAsync([Roles.Staff, Roles.Coordinator]);
        await (await staff.GetAsync("/api/v1/audit")).ShouldBeProblemAsync(403);
        await (await _admin.GetAsync("/api/v1/audit?subject=nope")).ShouldBeProblemAsync(400);
    }
}
