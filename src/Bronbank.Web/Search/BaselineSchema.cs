using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bronbank.Web.Search;

/// <summary>
/// The PostgreSQL full-text baseline as a team that chose PostgreSQL would run it: a table with a stored,
/// generated, weighted <c>tsvector</c> (passions A, talents B, about C) under a GIN index, and the hard
/// filters as indexed columns. A trigger on the volunteer documents keeps it in step inside the writing
/// transaction, so a delete (an erasure) removes the row with the profile. It holds only what the ranking
/// needs: no names, no contact details.
/// </summary>
public sealed class BaselineSchema(DatabaseEndpoint database, IOptions<StorageOptions> storage, ILogger<BaselineSchema> logger) : ISchemaReadyListener
{
    public const string TableName = BaselineSql.Table;

    public async Task OnSchemaReadyAsync(IQuerySession session, CancellationToken ct)
    {
        var schema = storage.Value.Schema;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Several instances may start at once: one of them creates and fills the table, the others wait.
        await ExecuteAsync(connection, $"select pg_advisory_xact_lock(hashtext('{schema}.{TableName}'))", ct);
        await ExecuteAsync(connection, Ddl(schema), ct);
        var resynced = await ResyncAsync(connection, schema, ct);
        await transaction.CommitAsync(ct);
        if (resynced > 0) logger.LogInformation("Full-text baseline table filled with {Count} volunteers", resynced);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(ct);
    }

    // The schema name is validated by StorageOptions ([a-z0-9_]); nothing here comes from a user.
    private static string Ddl(string schema) => $$"""
        create table if not exists {{schema}}.{{TableName}} (
            id uuid primary key,
            passions jsonb not null,
            talents jsonb not null,
            about text not null,
            languages jsonb not null,
            active boolean not null,
            max_matches int not null,
            document tsvector generated always as (
                setweight(jsonb_to_tsvector('dutch'::regconfig, passions, '["string"]'::jsonb), 'A') ||
                setweight(jsonb_to_tsvector('dutch'::regconfig, talents, '["string"]'::jsonb), 'B') ||
                setweight(to_tsvector('dutch'::regconfig, about), 'C')) stored
        );
        create index if not exists {{TableName}}_document on {{schema}}.{{TableName}} using gin (document);
        create index if not exists {{TableName}}_languages on {{schema}}.{{TableName}} using gin (languages);
        create table if not exists {{schema}}.{{StateTable}} (id int primary key, filled_at timestamptz not null);

        create or replace function {{schema}}.{{TableName}}_upsert(volunteer uuid, data jsonb) returns void language sql as $upsert$
            insert into {{schema}}.{{TableName}} (id, passions, talents, about, languages, active, max_matches)
            values (volunteer, coalesce(data->'passions', '[]'), coalesce(data->'talents', '[]'),
                    coalesce(data->>'about', ''), coalesce(data->'languages', '[]'),
                    coalesce((data->>'active')::boolean, false), coalesce((data->>'maxMatches')::int, 0))
            on conflict (id) do update set passions = excluded.passions, talents = excluded.talents,
                about = excluded.about, languages = excluded.languages, active = excluded.active,
                max_matches = excluded.max_matches;
        $upsert$;
        create or replace function {{schema}}.{{TableName}}_sync() returns trigger language plpgsql as $sync$
        begin
            if tg_op = 'TRUNCATE' then
                truncate {{schema}}.{{TableName}};
                return null;
            elsif tg_op = 'DELETE' then
                delete from {{schema}}.{{TableName}} where id = old.id;
                return old;
            end if;
            perform {{schema}}.{{TableName}}_upsert(new.id, new.data);
            return new;
        end $sync$;
        create or replace trigger {{TableName}}_sync after insert or update or delete on {{schema}}.mt_doc_volunteer
            for each row execute function {{schema}}.{{TableName}}_sync();
        create or replace trigger {{TableName}}_truncate after truncate on {{schema}}.mt_doc_volunteer
            for each statement execute function {{schema}}.{{TableName}}_sync();
        """;

    /// <summary>The table holding one row once the baseline table has been filled: from then on the trigger keeps it in step.</summary>
    public const string StateTable = BaselineSql.Table + "_state";

    /// <summary>
    /// Fills the table when it does not match the profiles. Once filled, a row in <see cref="StateTable"/> says so
    /// and later starts trust the trigger instead of counting both tables: at a million volunteers the two counts
    /// cost seconds of every start. (A full backup restores the row with the tables it speaks for.)
    /// </summary>
    private static async Task<int> ResyncAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        if (await ExecuteScalarAsync(connection, $"select count(*)::int from {schema}.{StateTable}", ct) > 0) return 0;
        var filled = await FillAsync(connection, schema, ct);
        await ExecuteAsync(connection, $"insert into {schema}.{StateTable} (id, filled_at) values (1, now()) on conflict (id) do nothing", ct);
        return filled;
    }

    /// <summary>Fills the table when it is new or out of step (e.g. documents restored without it).</summary>
    private static async Task<int> FillAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using (var count = new NpgsqlCommand(
            $"select (select count(*) from {schema}.mt_doc_volunteer) = (select count(*) from {schema}.{TableName})", connection))
        {
            if ((bool)(await count.ExecuteScalarAsync(ct))!) return 0;
        }
        await ExecuteAsync(connection, $"delete from {schema}.{TableName}", ct);
        await ExecuteAsync(connection, $"select {schema}.{TableName}_upsert(id, data) from {schema}.mt_doc_volunteer", ct);
        return await ExecuteScalarAsync(connection, $"select count(*)::int from {schema}.{TableName}", ct);
    }

    private static async Task<int> ExecuteScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }
}
