using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bronbank.Web.Storage;

/// <summary>
/// The ids of everyone erased (volunteers) and every help request deleted, with the time: nothing else. It
/// lives in a schema of its own, <c>&lt;schema&gt;_erasures</c>, so a backup of Bronbank's schema never
/// holds it and restoring one never rolls it back. Each entry is written in the erasure's own transaction;
/// at every start the Privacy feature applies it again to whatever the database holds.
/// </summary>
public sealed class ErasureLedger(DatabaseEndpoint database, IOptions<StorageOptions> storage)
{
    public const string Volunteer = "volunteer";
    public const string Request = "request";

    public string Schema => LedgerSchemaOf(storage.Value.Schema);

    public static string LedgerSchemaOf(string schema) => (schema.Length > 54 ? schema[..54] : schema) + "_erasures";

    /// <summary>Adds the entry to the session's next save, so it commits with the erasure or not at all.</summary>
    public void Stage(IDocumentSession session, string subjectType, Guid subjectId) =>
        session.QueueSqlCommand(
            $"insert into {Schema}.erasures (subject_type, subject_id, erased_at) values (?, ?, now()) on conflict do nothing",
            subjectType, subjectId);

    /// <summary>Creates the ledger's schema and table when missing (a role that may not create schemas gets one from its operator).</summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("select exists (select 1 from pg_namespace where nspname = @schema)", connection))
        {
            exists.Parameters.AddWithValue("schema", Schema);
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!)
            {
                await using var create = new NpgsqlCommand($"create schema if not exists {Schema}", connection);
                await create.ExecuteNonQueryAsync(ct);
            }
        }
        await using var table = new NpgsqlCommand($"""
            create table if not exists {Schema}.erasures (
                subject_type text not null,
                subject_id uuid not null,
                erased_at timestamptz not null,
                primary key (subject_type, subject_id))
            """, connection);
        await table.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Ledger entries of this type whose subject is in <paramref name="table"/> again (the database was restored from before their erasure).</summary>
    public async Task<IReadOnlyList<Guid>> ReturnedAsync(string subjectType, string table, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"""
            select e.subject_id from {Schema}.erasures e
            where e.subject_type = @type and exists (select 1 from {table} d where d.id = e.subject_id)
            order by e.erased_at
            """, connection);
        command.Parameters.AddWithValue("type", subjectType);
        var returned = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) returned.Add(reader.GetGuid(0));
        return returned;
    }
}
