namespace Bronbank.Web.Storage;

/// <summary>
/// What this instance knows about its database: whether the schema is in place (set once by
/// <see cref="SchemaInitializer"/>) and whether the database answered the last time anyone asked.
/// </summary>
public sealed class DatabaseState
{
    private volatile bool _schemaReady;
    private volatile bool _unreachable;

    public bool SchemaReady => _schemaReady;

    /// <summary>False from a failed database call until the next successful one; reads from the index are then marked possibly stale.</summary>
    public bool Reachable => !_unreachable;

    public void MarkSchemaReady() => _schemaReady = true;

    public void MarkUnreachable() => _unreachable = true;

    public void MarkReachable() => _unreachable = false;
}
