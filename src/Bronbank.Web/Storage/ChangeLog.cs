using Weasel.Postgresql.Tables;

namespace Bronbank.Web.Storage;

/// <summary>
/// The change feed every instance follows to keep its derived data in step: <see cref="ChangeRecorder"/>
/// appends a row for each tracked document or stream a save touches, in the same transaction, and
/// notifies listeners on commit; <see cref="ChangeFeed"/> reads the rows back in order.
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
}
