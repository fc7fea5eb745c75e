namespace Bronbank.Web.Search;

/// <summary>
/// A random id minted once per database. The index remembers which database it was built from, so an
/// index copied to (or left behind for) another database is rebuilt instead of trusted.
/// </summary>
public sealed class DatabaseIdentity
{
    public const string SingletonId = "identity";
    public string Id { get; set; } = SingletonId;
    public Guid Value { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
