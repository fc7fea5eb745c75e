using Marten;
using Weasel.Postgresql.Tables;

namespace Bronbank.Web.Storage;

/// <summary>
/// The change feed every instance follows to keep its own search index in step: each write appends a row
/// in the same transaction as the document itself, and notifies listeners on commit.
/// </summary>
public static class ChangeLog
{
    public const string TableName = "bronbank_changes";
    public const string Channel = "bronbank_changes";

    public static Table Definition(string schema)
    {
        // The schema and table names are our own constants, never user input: no quoting concerns.
#pragma warning disable CS0618
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(schema, TableName));
#pragma warning restore CS0618
        table.AddColumn("seq", "bigserial").AsPrimaryKey();
        table.AddColumn<string>("entity").NotNull();
        table.AddColumn<Guid>("entity_id");
        table.AddColumn<DateTimeOffset>("recorded_at").NotNull().DefaultValueByExpression("now()");
        return table;
    }

    /// <summary>Queues a change row and a notification into the session's unit of work (same transaction).</summary>
    public static void Record(IDocumentSession session, ChangedEntity entity, Guid id)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        session.QueueSqlCommand($"insert into {schema}.{TableName} (entity, entity_id) values (?, ?)", entity.ToString().ToLowerInvariant(), id);
        // NOTIFY is delivered at commit and only then, which is exactly when the change is visible. It is a
        // statement without a result set (a SELECT pg_notify would confuse the batch's result reader);
        // the payload is the schema name, which the options restrict to [a-z0-9_].
        session.QueueSqlCommand($"notify {Channel}, '{schema}'");
    }
}

public enum ChangedEntity
{
    Volunteer,
    Request,
    Match,
    Areas,
}
