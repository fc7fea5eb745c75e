namespace Bronbank.Web.Accounts;

/// <summary>How a fresh install gets its first admin and its first automation key.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bronbank:Bootstrap";

    /// <summary>Creates this admin when no user exists yet (with <see cref="AdminPassword"/>).</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>A key from configuration that holds every role, so automation can start on a fresh install.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long the bootstrap key is accepted after this database first saw it.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int ApiKeyHours { get; set; } = 24;
}
