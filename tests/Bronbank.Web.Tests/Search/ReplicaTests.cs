using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Search;

/// <summary>Two instances on one database, each with its own index folder, as replicas run.</summary>
public sealed class ReplicaTests : TwoInstanceTests
{
    private static async Task<List<Guid>> SearchAsync(HttpClient client, string q) =>
        [.. (await client.GetObjectAsync($"/api/v1/volunteers/search?q={Uri.EscapeDataString(q)}&limit=50"))["candidates"]!.AsArray()
            .Select(c => c!["volunteerId"]!.GetValue<Guid>())];

    [Fact]
    public async Task Create_update_pause_and_delete_on_one_instance_reach_the_other_within_two_seconds()
    {
        var id = await ClientA.CreateVolunteerAsync(Samples.Volunteer("Replica Vrijwilliger").With("passions", new[] { "accordeon spelen" }));
        await ConvergesAsync(async () => (await SearchAsync(ClientB, "accordeon")).Contains(id), "create reaches B");

        // The new passion shares no activity of the taxonomy with the old one (a mandolin would: both are instruments).
        (await ClientA.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Replica Vrijwilliger").With("passions", new[] { "schaakles geven" }), HttpExtensions.Json)).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => (await SearchAsync(ClientB, "schaakles")).Contains(id) && !(await SearchAsync(ClientB, "accordeon")).Contains(id), "update reaches B");

        (await ClientB.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Replica Vrijwilliger").With("passions", new[] { "schaakles geven" }).With("active", false), HttpExtensions.Json)).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => !(await SearchAsync(ClientA, "schaakles")).Contains(id), "pause reaches A");

        (await ClientA.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Replica Vrijwilliger").With("passions", new[] { "schaakles geven" }), HttpExtensions.Json)).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => (await SearchAsync(ClientB, "schaakles")).Contains(id), "resume reaches B");
        (await ClientA.DeleteAsync($"/api/v1/volunteers/{id}")).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => !(await SearchAsync(ClientB, "schaakles")).Contains(id), "delete reaches B");
    }

    private static async Task<long> AppliedToVolunteersAsync(HttpClient client) =>
        (await client.GetObjectAsync("/api/v1/index/status"))["changesApplied"]!["volunteers"]?.GetValue<long>() ?? 0;

    [Fact]
    public async Task One_write_is_applied_once_on_each_instance()
    {
        var (beforeA, beforeB) = (await AppliedToVolunteersAsync(ClientA), await AppliedToVolunteersAsync(ClientB));

        var id = await ClientA.CreateVolunteerAsync(Samples.Volunteer("Eenmaal Overal").With("passions", new[] { "beiaard bespelen" }));
        await ConvergesAsync(async () => (await SearchAsync(ClientB, "beiaard")).Contains(id), "the write reaches B");
        // Poll rounds and NOTIFYs later, neither instance may have applied the same change a second time.
        await Task.Delay(1500);

        (await AppliedToVolunteersAsync(ClientA)).Should().Be(beforeA + 1, "the writing instance applies its change once, through its follower");
        (await AppliedToVolunteersAsync(ClientB)).Should().Be(beforeB + 1, "the other instance applies it once too");
    }

    [Fact]
    public async Task Candidates_follow_a_request_changed_or_deleted_on_the_other_instance()
    {
        var chess = await ClientA.CreateVolunteerAsync(Samples.Volunteer("Schaak Sjaak").With("passions", new[] { "schaken" }));
        var baking = await ClientA.CreateVolunteerAsync(Samples.Volunteer("Bak Bep").With("passions", new[] { "taarten bakken" }));
        var request = await ClientA.CreateRequestAsync(Samples.Request("Meneer wil graag schaken"));
        await ConvergesAsync(async () => (await CandidatesAsync(ClientB, request)).FirstOrDefault() == chess, "B ranks the chess player first");

        (await ClientA.PutAsJsonAsync($"/api/v1/requests/{request}", Samples.Request("Mevrouw wil graag taarten bakken"), HttpExtensions.Json)).EnsureSuccessStatusCode();
        (await CandidatesAsync(ClientA, request)).First().Should().Be(baking, "the instance that saved the change answers with it at once");
        await ConvergesAsync(async () => (await CandidatesAsync(ClientB, request)).FirstOrDefault() == baking, "B follows the changed question");

        (await ClientA.DeleteAsync($"/api/v1/requests/{request}")).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => (await ClientB.GetAsync($"/api/v1/requests/{request}/candidates")).StatusCode == System.Net.HttpStatusCode.NotFound,
            "B no longer answers for a deleted request");
    }

    private static async Task<List<Guid>> CandidatesAsync(HttpClient client, Guid request) =>
        [.. (await client.GetObjectAsync($"/api/v1/requests/{request}/candidates"))["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<Guid>())];

    [Fact]
    public async Task Erasure_purges_the_person_from_the_index_files_of_every_instance()
    {
        const string unique = "xylofoonsnijwerk";
        var id = await ClientA.CreateVolunteerAsync(Samples.Volunteer("Erik Uitgewist").With("passions", new[] { unique }));
        await ConvergesAsync(async () => (await SearchAsync(ClientB, unique)).Contains(id), "create reaches B");
        FilesMention(A.IndexPath, unique).Should().BeTrue("the word is in the index before erasure (else this test proves nothing)");

        (await ClientA.DeleteAsync($"/api/v1/volunteers/{id}")).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => !(await SearchAsync(ClientB, unique)).Contains(id), "erasure reaches B");

        var clock = Stopwatch.StartNew();
        while ((FilesMention(A.IndexPath, unique) || FilesMention(B!.IndexPath, unique)) && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(100);
        FilesMention(A.IndexPath, unique).Should().BeFalse("instance A's index files are purged");
        FilesMention(B!.IndexPath, unique).Should().BeFalse("instance B's index files are purged");
    }

    private static bool FilesMention(string directory, string word)
    {
        var needle = Encoding.UTF8.GetBytes(word);
        var name = Encoding.UTF8.GetBytes("Uitgewist");
        foreach (var file in Directory.GetFiles(directory))
        {
            byte[] bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (IOException) { continue; }
            if (bytes.AsSpan().IndexOf(needle) >= 0 || bytes.AsSpan().IndexOf(name) >= 0) return true;
        }
        return false;
    }
}
