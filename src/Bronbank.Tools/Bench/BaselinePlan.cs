using Bronbank.Matching;
using Bronbank.Web.Search;
using Npgsql;

namespace Bronbank.Tools.Bench;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the PostgreSQL baseline's own query (<see cref="BaselineSql"/>) on the
/// benchmark's database: for a typical request, and for the first request PostgreSQL serves through the GIN
/// index on the weighted tsvector (or, when it chooses that for none, the typical one with table and plain index
/// scans switched off), so the docs show both what is measured and that the index serves the query.
/// </summary>
public static class BaselinePlan
{
    public static async Task<string> ExplainAsync(string connectionString, IReadOnlyList<CandidateQuery> queries, int typical, string schema = "bronbank")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        await using (var count = new NpgsqlCommand($"select (select count(*) from {schema}.mt_doc_volunteer), (select count(*) from {schema}.{BaselineSql.Table})", connection))
        await using (var counted = await count.ExecuteReaderAsync())
        {
            await counted.ReadAsync();
            lines.Add($"-- {counted.GetInt64(0)} profiles, {counted.GetInt64(1)} rows in the baseline table");
        }
        lines.Add($"-- a typical request, the first the baseline finds volunteers for: {Describe(queries, typical)}");
        // Twice: the second shows the plan with the pages in PostgreSQL's cache, as the measured runs see it.
        await ExplainAsync(connection, queries[typical], schema, analyze: true);
        var plan = await ExplainAsync(connection, queries[typical], schema, analyze: true);
        lines.AddRange(plan);
        if (UsesDocumentIndex(plan)) return string.Join(Environment.NewLine, lines);

        lines.Add("");
        for (var i = 0; i < queries.Count; i++)
        {
            if (!UsesDocumentIndex(await ExplainAsync(connection, queries[i], schema, analyze: false))) continue;
            lines.Add($"-- the first request PostgreSQL serves through the GIN index on the tsvector: {Describe(queries, i)}");
            lines.AddRange(await ExplainAsync(connection, queries[i], schema, analyze: true));
            return string.Join(Environment.NewLine, lines);
        }
        lines.Add("-- the typical request with table scans and plain index scans switched off (PostgreSQL chose the GIN index for none of the requests):");
        lines.AddRange(await ExplainAsync(connection, queries[typical], schema, analyze: true, forceBitmap: true));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(IReadOnlyList<CandidateQuery> queries, int i) =>
        $"request {i + 1} of the generated ones, \"{queries[i].Text}\", languages {string.Join(", ", queries[i].Languages)}";

    private static async Task<List<string>> ExplainAsync(NpgsqlConnection connection, CandidateQuery query, string schema, bool analyze, bool forceBitmap = false)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        if (forceBitmap)
        {
            await using var off = new NpgsqlCommand("set local enable_seqscan = off; set local enable_indexscan = off", connection, transaction);
            await off.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand((analyze ? "explain (analyze, buffers) " : "explain ") + BaselineSql.Candidates(schema), connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue(query.Text);
        command.Parameters.AddWithValue(query.Languages.ToArray());
        command.Parameters.AddWithValue(query.Limit);
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        }
        await transaction.RollbackAsync();
        return lines;
    }

    /// <summary>Brings the planner's statistics of the baseline table and the profiles up to date.</summary>
    public static async Task AnalyzeAsync(string connectionString, string schema = "bronbank")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"analyze {schema}.{BaselineSql.Table}; analyze {schema}.mt_doc_volunteer; analyze {schema}.mt_doc_volunteercapacity", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Whether a plan reads the weighted tsvector through its GIN index.</summary>
    public static bool UsesDocumentIndex(IEnumerable<string> plan) => plan.Any(line =>
        line.Contains($"Bitmap Index Scan on {BaselineSql.Table}_document", StringComparison.Ordinal)
        || line.Contains($"Index Scan using {BaselineSql.Table}_document", StringComparison.Ordinal));
}
