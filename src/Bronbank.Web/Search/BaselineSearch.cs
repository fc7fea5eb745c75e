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
        // plainto_tsquery ANDs every word, which would rank nearly every volunteer at zero: OR them instead.
        var sql = $"""
            with q as (select nullif(replace(plainto_tsquery('dutch', $1)::text, '&', '|'), '')::tsquery as query)
            select f.id, d.data->>'name', d.data->>'neighbourhood', ts_rank_cd(f.document, q.query) as score
            from q, {schema}.{BaselineSchema.TableName} f
            join {schema}.mt_doc_volunteer d on d.id = f.id
            left join {schema}.mt_doc_volunteercapacity c on c.id = f.id
            where q.query is not null and f.document @@ q.query
              and f.active and f.languages ?| $2
              and coalesce(jsonb_array_length(c.data->'active'), 0) < f.max_matches
            order by score desc, f.id
            limit $3
            """;
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
