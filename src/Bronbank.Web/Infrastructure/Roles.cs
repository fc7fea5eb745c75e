namespace Bronbank.Web.Infrastructure;

/// <summary>
/// The four roles; a user may hold several. Each sees only what its work needs. Every feature names them,
/// so they live here rather than in Accounts (which gives them to users).
/// </summary>
public static class Roles
{
    /// <summary>Users, API keys, areas and settings; the audit trail.</summary>
    public const string Admin = "admin";

    /// <summary>Intake: records and keeps volunteer profiles.</summary>
    public const string Staff = "staff";

    /// <summary>Help requests, candidates and matches; reads profiles.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>A buurthuis board: its own volunteer pool, without contact details or requests.</summary>
    public const string Board = "board";

    public static readonly IReadOnlyList<string> All = [Admin, Staff, Coordinator, Board];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}

/// <summary>Named authorization policies; every endpoint names one (or allows anonymous access explicitly).</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string ProfilesWrite = "profiles.write";
    public const string ProfilesRead = "profiles.read";
    public const string Coordination = "coordination";
    public const string PoolRead = "pool.read";
    public const string Privacy = "privacy";
    public const string Insights = "insights";
}
