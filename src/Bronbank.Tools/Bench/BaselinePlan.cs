using Bronbank.Web.Search;
using Npgsql;

namespace Bronbank.Tools.Bench;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the PostgreSQL baseline's own query (<see cref="BaselineSql"/>) for one
/// request, on the benchmark's database: shows whether the GIN index on the weighted tsvector serves it.
/// </summary>
internal static class BaselinePlan
{
    public static async Task<string> ExplainAsync(string connectionString, string text, IReadOnlyList<string> languages, int limit, string schema = "bronbank")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        // Twice: the second shows the plan with the pages in PostgreSQL's cache, as the measured runs see it.
        for (var run = 0; run < 2; run++)
        {
            lines.Clear();
            await using var command = new NpgsqlCommand("explain (analyze, buffers) " + BaselineSql.Candidates(schema), connection);
            command.Parameters.AddWithValue(text);
            command.Parameters.AddWithValue(languages.ToArray());
            command.Parameters.AddWithValue(limit);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        }
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Whether a plan reads the weighted tsvector through its GIN index.</summary>
    public static bool UsesDocumentIndex(string plan) =>
        plan.Contains($"Bitmap Index Scan on {BaselineSql.Table}_document", StringComparison.Ordinal)
        || plan.Contains($"Index Scan using {BaselineSql.Table}_document", StringComparison.Ordinal);
}
