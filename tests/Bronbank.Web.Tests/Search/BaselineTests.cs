using System.Net.Http.Json;
using Bronbank.Web.Search;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bronbank.Web.Tests.Search;

/// <summary>
/// The PostgreSQL baseline of record is full-text search done properly: a stored weighted tsvector kept in
/// step by the database itself, searched through its GIN index.
/// </summary>
public sealed class BaselineTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static Dictionary<string, object?> Profile(string name, string[] passions) =>
        Samples.Volunteer(name, "Zuilen").With("passions", passions).With("talents", Array.Empty<string>())
            .With("about", null).With("availability", new[] { "di-ochtend" }).With("languages", new[] { "nl" });

    private Task<Guid> Volunteer(string name, string[] passions) => _client.CreateVolunteerAsync(Profile(name, passions));

    private async Task<List<Guid>> BaselineAsync(string question)
    {
        var request = await _client.CreateRequestAsync(Samples.Request(question));
        var answer = await _client.GetObjectAsync($"/api/v1/requests/{request}/candidates?engine=baseline&limit=20");
        return [.. answer["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<Guid>())];
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", factory.Schema), connection);
        foreach (var p in parameters) command.Parameters.AddWithValue(p);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Saves_edits_and_erasures_reach_the_stored_tsvector_in_the_same_transaction()
    {
        var potter = await Volunteer("Pottenbakker Baseline", ["pottenbakken met klei"]);
        (await BaselineAsync("Mw. wil graag pottenbakken.")).Should().Contain(potter);

        var edited = Profile("Pottenbakker Baseline", ["breien en haken"]);
        (await _client.PutAsJsonAsync($"/api/v1/volunteers/{potter}", edited, HttpExtensions.Json)).EnsureSuccessStatusCode();
        (await BaselineAsync("Mw. wil graag pottenbakken.")).Should().NotContain(potter, "the tsvector follows the edit");
        (await BaselineAsync("Mw. wil leren breien.")).Should().Contain(potter);

        (await _client.DeleteAsync($"/api/v1/volunteers/{potter}")).EnsureSuccessStatusCode();
        (await ScalarAsync<long>($"select count(*) from {{schema}}.{BaselineSchema.TableName} where id = $1", potter))
            .Should().Be(0, "an erasure removes the person from the baseline's table too");
    }

    [Fact]
    public async Task The_table_is_filled_once_and_later_starts_trust_the_trigger_instead_of_counting()
    {
        var weaver = await Volunteer("Weefster Baseline", ["weven op een weefgetouw"]);
        (await ScalarAsync<int>($"select count(*)::int from {{schema}}.{BaselineSchema.StateTable}")).Should().Be(1, "start filled the table and said so");
        var listener = factory.Services.GetServices<Bronbank.Web.Storage.ISchemaReadyListener>().OfType<BaselineSchema>().Single();

        await ScalarAsync<int>($"with gone as (delete from {{schema}}.{BaselineSchema.TableName} where id = $1 returning 1) select count(*)::int from gone", weaver);
        await listener.OnSchemaReadyAsync(null!, CancellationToken.None);
        (await ScalarAsync<long>($"select count(*) from {{schema}}.{BaselineSchema.TableName} where id = $1", weaver))
            .Should().Be(0, "with the state row in place a start does not count or refill");

        await ScalarAsync<int>($"with gone as (delete from {{schema}}.{BaselineSchema.StateTable} returning 1) select count(*)::int from gone");
        await listener.OnSchemaReadyAsync(null!, CancellationToken.None);
        (await ScalarAsync<long>($"select count(*) from {{schema}}.{BaselineSchema.TableName} where id = $1", weaver))
            .Should().Be(1, "without it, a start compares the tables and fills the missing profile");
        (await ScalarAsync<int>($"select count(*)::int from {{schema}}.{BaselineSchema.StateTable}")).Should().Be(1);
    }

    [Fact]
    public async Task The_full_text_query_is_served_by_the_gin_index()
    {
        await Volunteer("Schaker Baseline", ["schaken in de buurt"]);

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        // A handful of rows is cheaper to scan; forbid that, to show the index can answer the query.
        await using (var off = new NpgsqlCommand("set enable_seqscan = off", connection)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand(
            $"explain select id from {factory.Schema}.{BaselineSchema.TableName} where document @@ to_tsquery('dutch', 'schaken')", connection);
        var plan = string.Join('\n', await ReadAllAsync(explain));

        plan.Should().Contain($"Bitmap Index Scan on {BaselineSchema.TableName}_document");
    }

    private static async Task<List<string>> ReadAllAsync(NpgsqlCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }
}
