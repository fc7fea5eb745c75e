using System.ComponentModel.DataAnnotations;

namespace Bronbank.Web.Search;

public sealed class IndexOptions
{
    public const string Section = "Bronbank:Index";

    /// <summary>Local folder of this instance's search index; derived data, rebuilt from PostgreSQL when needed.</summary>
    public string? Path { get; set; }

    /// <summary>How often the change feed is polled when no notification arrives (the safety net under LISTEN/NOTIFY).</summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>How often the whole index is compared with the database and drift repaired.</summary>
    [Range(5, 86_400)]
    public int ReconcileSeconds { get; set; } = 300;

    public string ResolvePath(string schema)
    {
        if (!string.IsNullOrWhiteSpace(Path)) return Path;
        var root = OperatingSystem.IsLinux() && Environment.UserName == "root"
            ? "/var/lib/bronbank"
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "bronbank");
        return System.IO.Path.Combine(root, "index", schema);
    }
}
