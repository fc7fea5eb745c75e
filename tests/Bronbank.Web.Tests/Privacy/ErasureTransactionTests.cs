using System.Net;
using Bronbank.Web.Tests.Infrastructure;
using Npgsql;

namespace Bronbank.Web.Tests.Privacy;

/// <summary>
/// Erasure is one transaction: when the database refuses part of it (here the masking of the match
/// history, refused by a trigger), nothing of it is committed, and asking again finishes the job.
/// </summary>
public sealed class ErasureTransactionTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_erasure_whose_masking_fails_deletes_nothing_and_a_retry_erases_everything()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Tamara Transactie"));
        var match = await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);
        (await _client.PostJsonAsync($"/api/v1/matches/{match}/notes", new { text = "Mevrouw Olthof, Kanaalstraat 14" })).EnsureSuccessStatusCode();

        await ExecuteAsync($"""
            create function {factory.Schema}.refuse_event_update() returns trigger language plpgsql as $$ begin raise exception 'test: event update refused'; end $$;
            create trigger refuse_event_update before update on {factory.Schema}.mt_events for each row execute function {factory.Schema}.refuse_event_update();
            """);
        try
        {
            var failed = await _client.DeleteAsync($"/api/v1/volunteers/{volunteer}");
            failed.IsSuccessStatusCode.Should().BeFalse("the masking was refused");
        }
        finally
        {
            await ExecuteAsync($"drop trigger refuse_event_update on {factory.Schema}.mt_events; drop function {factory.Schema}.refuse_event_update();");
        }

        (await _client.GetAsync($"/api/v1/volunteers/{volunteer}")).StatusCode.Should().Be(HttpStatusCode.OK, "the profile was not deleted without its masking");
        var open = await _client.GetObjectAsync($"/api/v1/matches/{match}");
        open["status"]!.GetValue<string>().Should().Be("proposed", "the match was not closed either");

        (await _client.DeleteAsync($"/api/v1/volunteers/{volunteer}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _client.GetAsync($"/api/v1/volunteers/{volunteer}")).ShouldBeProblemAsync(404);
        var history = await (await _client.GetAsync($"/api/v1/matches/{match}")).Content.ReadAsStringAsync();
        history.Should().NotContain("Olthof").And.NotContain("Kanaalstraat").And.Contain("declined");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
