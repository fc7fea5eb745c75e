using System.ComponentModel.DataAnnotations;

namespace Bronbank.Web.Storage;

public sealed class StorageOptions
{
    public const string Section = "Bronbank:Storage";

    /// <summary>PostgreSQL schema for all of Bronbank's tables; tests give each class its own.</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string Schema { get; set; } = "bronbank";

    /// <summary>Where the embedded default cluster keeps its data when no connection string is set.</summary>
    public string? EmbeddedDataDirectory { get; set; }

    /// <summary>How long a request may wait for a database connection before it answers 503.</summary>
    [Range(1, 60)]
    public int ConnectTimeoutSeconds { get; set; } = 2;

    public static string DefaultEmbeddedDataDirectory()
    {
        // PostgreSQL runs as the postgres user when Bronbank runs as root, and that user cannot enter /root.
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
            return "/var/lib/bronbank/postgres";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(home, "bronbank", "postgres");
    }
}
