namespace Bronbank.Web.Accounts;

/// <summary>A person who uses Bronbank (staff member, coordinator, board member, admin).</summary>
public sealed class User
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Roles { get; set; } = [];

    /// <summary>The buurthuizen whose pool a board member may see.</summary>
    public List<string> Buurthuizen { get; set; } = [];

    public string? PasswordHash { get; set; }
    public bool Disabled { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Changes whenever access changes (disable, enable, roles, password); a browser session carries the
    /// stamp it was signed in with and ends when it no longer matches (see <see cref="SessionValidator"/>).
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    public void RenewSecurityStamp() => SecurityStamp = Guid.NewGuid().ToString("N");

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;
}

/// <summary>A key for API clients: shown once, stored only as a hash, revocable; it carries its user's roles.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The first characters of the key, to find its record without storing the key.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole key. The key carries 256 random bits, so a fast hash is enough.</summary>
    public string Hash { get; set; } = "";
    public string? Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
