using Bronbank.Matching;
using Bronbank.Web.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bronbank.Web.Search;

/// <summary>
/// What a team could use instead of Bronbank's matcher, done properly: PostgreSQL full-text search with the
/// <c>dutch</c> configuration over a stored weighted <c>tsvector</c> under a GIN index
/// (<see cref="BaselineSchema"/>), ranked by <c>ts_rank_cd</c> over passions (A), talents (B) and about (C),
/// with the same hard filters. Kept for the evaluation and the benchmark, which compare the two on the same
/// requests.
/// </summary>
public sealed class BaselineSearch(DatabaseEndpoint database, IOptions<StorageOptions> storage)
{
    public async Task<IReadOnlyList<Candidate>> FindAsync(CandidateQuery query, CancellationToken ct)
    {
        var schema = storage.Value.Schema;
        var sql = BaselineSql.Candidates(schema);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(query.Text);
        command.Parameters.AddWithValue(query.Languages.ToArray());
        command.Parameters.AddWithValue(query.Limit);
        var candidates = new List<Candidate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            candidates.Add(new Candidate(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFloat(3),
                [new Reason("text", "PostgreSQL full-text match")]));
        }
        return candidates;
    }
}
