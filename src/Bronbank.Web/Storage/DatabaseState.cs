namespace Bronbank.Web.Storage;

/// <summary>Whether the schema is known to be in place; set once by <see cref="SchemaInitializer"/>.</summary>
public sealed class DatabaseState
{
    private volatile bool _schemaReady;

    public bool SchemaReady => _schemaReady;

    public void MarkSchemaReady() => _schemaReady = true;
}
