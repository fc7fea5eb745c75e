namespace Bronbank.Web.Search;

/// <summary>
/// The PostgreSQL baseline's query, in a file of its own: <see cref="BaselineSearch"/> runs it, and the benchmark
/// tool compiles this same file (linked into Bronbank.Tools) to print its <c>EXPLAIN (ANALYZE)</c>, so the plan
/// shown in docs/benchmarks.md is the plan of the query measured. Parameters: $1 the request's text, $2 its
/// languages (text[]), $3 the limit.
/// </summary>
internal static class BaselineSql
{
    public const string Table = "bronbank_volunteer_fts";

    // The schema name is validated by StorageOptions ([a-z0-9_]); nothing here comes from a user.
    // plainto_tsquery ANDs every word, which would rank nearly every volunteer at zero: OR them instead.
    // The best are chosen on the baseline table alone, and only they are joined to the profiles for their names:
    // joining first made PostgreSQL read every matching profile's document (a third of the table for a common word).
    public static string Candidates(string schema) => $"""
        with q as (select nullif(replace(plainto_tsquery('dutch', $1)::text, '&', '|'), '')::tsquery as query),
        best as (
            select f.id, ts_rank_cd(f.document, q.query) as score
            from q, {schema}.{Table} f
            left join {schema}.mt_doc_volunteercapacity c on c.id = f.id
            where q.query is not null and f.document @@ q.query
              and f.active and f.languages ?| $2
              and coalesce(jsonb_array_length(c.data->'active'), 0) < f.max_matches
            order by score desc, f.id
            limit $3)
        select best.id, d.data->>'name', d.data->>'neighbourhood', best.score
        from best join {schema}.mt_doc_volunteer d on d.id = best.id
        order by best.score desc, best.id
        """;
}
