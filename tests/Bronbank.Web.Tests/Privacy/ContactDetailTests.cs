using System.Net;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Privacy;

/// <summary>
/// Staff and admins see a volunteer's e-mail and phone; coordinators only for volunteers who consented to
/// matching; boards never. Every answer that carries contact details is in the audit trail.
/// </summary>
public sealed class ContactDetailTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    private async Task<(Guid WithConsent, Guid WithoutConsent)> VolunteersAsync(HttpClient staff)
    {
        var with = await staff.CreateVolunteerAsync(Samples.Volunteer("Mila Met").With("email", "mila@example.nl"));
        var without = await staff.CreateVolunteerAsync(Samples.Volunteer("Zeno Zonder").With("email", "zeno@example.nl")
            .With("consent", new { matching = false, boards = false }));
        return (with, without);
    }

    private async Task<List<(string Actor, string Action)>> TrailAsync(Guid subject) =>
        (await _admin.GetObjectAsync($"/api/v1/audit?subject={subject}&pageSize=100"))["items"]!.AsArray()
            .Select(e => (e!["actor"]!.GetValue<string>(), e["action"]!.GetValue<string>())).ToList();

    [Fact]
    public async Task A_coordinator_sees_contact_details_only_of_volunteers_who_consented_to_matching()
    {
        var (staff, _) = await factory.ClientAsAsync([Roles.Staff]);
        var (coordinator, coordinatorId) = await factory.ClientAsAsync([Roles.Coordinator]);
        var (with, without) = await VolunteersAsync(staff);

        var shown = await coordinator.GetObjectAsync($"/api/v1/volunteers/{with}");
        var hidden = await coordinator.GetObjectAsync($"/api/v1/volunteers/{without}");

        shown["email"]!.GetValue<string>().Should().Be("mila@example.nl");
        shown["phone"]!.GetValue<string>().Should().Be("06-12345678");
        hidden["name"]!.GetValue<string>().Should().Be("Zeno Zonder");
        hidden["email"].Should().BeNull();
        hidden["phone"].Should().BeNull();

        var list = (await coordinator.GetObjectAsync("/api/v1/volunteers?pageSize=100"))["items"]!.AsArray();
        list.Single(v => v!["id"]!.GetValue<Guid>() == with)!["email"]!.GetValue<string>().Should().Be("mila@example.nl");
        list.Single(v => v!["id"]!.GetValue<Guid>() == without)!["email"].Should().BeNull();
        list.Single(v => v!["id"]!.GetValue<Guid>() == without)!["phone"].Should().BeNull();

        (await TrailAsync(with)).Count(e => e == (coordinatorId.ToString(), "contact-viewed")).Should().Be(2, "the read of one and the list");
        (await TrailAsync(without)).Should().NotContain(e => e.Action == "contact-viewed");
    }

    [Fact]
    public async Task Staff_and_admins_see_contact_details_without_consent_and_every_read_is_audited()
    {
        var (staff, staffId) = await factory.ClientAsAsync([Roles.Staff]);
        var (adminCoordinator, adminId) = await factory.ClientAsAsync([Roles.Admin, Roles.Coordinator]);
        var (_, without) = await VolunteersAsync(staff);

        (await staff.GetObjectAsync($"/api/v1/volunteers/{without}"))["email"]!.GetValue<string>().Should().Be("zeno@example.nl");
        (await adminCoordinator.GetObjectAsync($"/api/v1/volunteers/{without}"))["email"]!.GetValue<string>().Should().Be("zeno@example.nl");

        var trail = await TrailAsync(without);
        trail.Should().Contain((staffId.ToString(), "contact-viewed")).And.Contain((adminId.ToString(), "contact-viewed"));
    }

    [Fact]
    public async Task A_board_member_never_reads_a_profile()
    {
        var (staff, _) = await factory.ClientAsAsync([Roles.Staff]);
        var (board, _) = await factory.ClientAsAsync([Roles.Board], ["Buurtcentrum De Leeuw"]);
        var (with, _) = await VolunteersAsync(staff);

        await (await board.GetAsync($"/api/v1/volunteers/{with}")).ShouldBeProblemAsync(403);
        await (await board.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(403);
        (await board.GetAsync($"/vrijwilligers/{with}")).StatusCode.Should().NotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_profile_page_shows_a_coordinator_contact_details_only_with_matching_consent()
    {
        var (staff, _) = await factory.ClientAsAsync([Roles.Staff]);
        var (coordinator, coordinatorId) = await factory.ClientAsAsync([Roles.Coordinator]);
        var (with, without) = await VolunteersAsync(staff);

        var shown = await coordinator.GetStringAsync($"/vrijwilligers/{with}");
        var hidden = await coordinator.GetStringAsync($"/vrijwilligers/{without}");
        var forStaff = await staff.GetStringAsync($"/vrijwilligers/{without}");

        shown.Should().Contain("mila@example.nl").And.Contain("06-12345678");
        hidden.Should().Contain("Zeno Zonder").And.NotContain("zeno@example.nl").And.NotContain("06-12345678");
        forStaff.Should().Contain("zeno@example.nl");
        (await TrailAsync(with)).Should().Contain((coordinatorId.ToString(), "contact-viewed"));
        (await TrailAsync(without)).Should().ContainSingle(e => e.Action == "contact-viewed", "only staff's read showed them");
    }

    [Fact]
    public async Task The_intake_form_the_export_file_and_the_subject_export_each_record_the_contact_details_they_show()
    {
        var (staff, staffId) = await factory.ClientAsAsync([Roles.Staff]);
        var (_, without) = await VolunteersAsync(staff);
        var withoutContact = await staff.CreateVolunteerAsync(Samples.Volunteer("Nina Nummerloos").With("email", null).With("phone", null));

        (await staff.GetStringAsync($"/vrijwilligers/{without}/bewerken")).Should().Contain("zeno@example.nl");
        (await staff.GetStringAsync("/api/v1/volunteers/export?format=csv")).Should().Contain("zeno@example.nl");
        (await staff.GetStringAsync($"/api/v1/volunteers/{without}/export")).Should().Contain("zeno@example.nl");

        (await TrailAsync(without)).Count(e => e == (staffId.ToString(), "contact-viewed")).Should().Be(3, "form, file and subject export each showed them");
        (await TrailAsync(without)).Should().Contain((staffId.ToString(), "exported"));
        (await TrailAsync(withoutContact)).Should().NotContain(e => e.Action == "contact-viewed", "a profile without e-mail or phone shows none");
    }
}
