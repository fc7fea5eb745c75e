using System.Net.Http.Json;
using Bronbank.DataGen;
using Bronbank.Matching;
using Bronbank.Tools;
using Bronbank.Tools.Bench;
using Bronbank.Web.Tests.Infrastructure;
using Npgsql;

namespace Bronbank.Web.Tests.Tools;

/// <summary>
/// The benchmark's own plumbing against a real Bronbank and PostgreSQL: it loads the whole generated pool it
/// names (buurthuizen registered first), and it prints the baseline query's measured plans.
/// </summary>
public sealed class BenchBaselineTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_generated_pool_is_loaded_whole_and_the_baseline_plans_are_measured()
    {
        var areas = (await _client.GetFromJsonAsync<List<GeneratedArea>>("/api/v1/areas"))!;
        var generator = new DutchDataGenerator(11, areas);
        var before = await CountAsync();

        await GeneratedPool.LoadAsync(_client, generator.Volunteers(300), areas);

        (await CountAsync()).Should().Be(before + 300, "every generated row is stored, those naming a buurthuis too");
        var byName = areas.ToDictionary(a => a.Name);
        var queries = generator.Requests(20, DateTimeOffset.UtcNow.AddMonths(-1), DateTimeOffset.UtcNow)
            .Select(r => new CandidateQuery(r.Question, r.Neighbourhood, new GeoPoint(byName[r.Neighbourhood].Lat, byName[r.Neighbourhood].Lon), r.Availability, r.Languages, 10))
            .ToList();
        await BaselinePlan.AnalyzeAsync(factory.ConnectionString, factory.Schema);

        var plan = (await BaselinePlan.ExplainAsync(factory.ConnectionString, queries, 0, factory.Schema)).Split(Environment.NewLine);

        plan.Should().Contain(l => l.StartsWith("-- a typical request", StringComparison.Ordinal));
        plan.Should().Contain(l => l.StartsWith("Execution Time:", StringComparison.Ordinal), "the plans are EXPLAIN ANALYZE, measured");
        // On 300 rows PostgreSQL rightly reads the table; the second plan then shows the query with scans switched off.
        plan.Count(l => l.StartsWith("Execution Time:", StringComparison.Ordinal)).Should().Be(2);
        plan.Should().Contain(l => l.StartsWith("-- the first request PostgreSQL serves through the GIN index", StringComparison.Ordinal)
            || l.StartsWith("-- the typical request with table scans and plain index scans switched off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_the_import_turns_down_stops_the_load_with_the_reason()
    {
        var areas = (await _client.GetFromJsonAsync<List<GeneratedArea>>("/api/v1/areas"))!;
        var unknownArea = new DutchDataGenerator(12, areas).Volunteers(3).Select(v => v with { Neighbourhood = "Atlantis" });

        var load = () => GeneratedPool.LoadAsync(_client, unknownArea, areas);

        await load.Should().ThrowAsync<InvalidOperationException>().WithMessage("*turned down 3 of 3 rows*");
    }

    [Theory]
    [InlineData("        ->  Bitmap Index Scan on bronbank_volunteer_fts_document  (cost=0.00..37.49 rows=199 width=0)", true)]
    [InlineData("  ->  Index Scan using bronbank_volunteer_fts_document on bronbank_volunteer_fts f", true)]
    [InlineData("        ->  Bitmap Index Scan on bronbank_volunteer_fts_languages  (cost=0.00..28.15 rows=20 width=0)", false)]
    [InlineData("  ->  Seq Scan on bronbank_volunteer_fts f  (cost=0.00..667.00 rows=5385 width=208)", false)]
    public void A_plan_counts_as_using_the_index_only_when_it_reads_the_tsvector_index(string line, bool expected) =>
        BaselinePlan.UsesDocumentIndex(["Limit  (cost=1..2 rows=10 width=84)", line]).Should().Be(expected);

    private async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {factory.Schema}.mt_doc_volunteer", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
