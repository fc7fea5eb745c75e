using Bronbank.Domain.Validation;
using JasperFx;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Bronbank.Web.Accounts;

public sealed record NewUser(string? Email, string? Name, IReadOnlyList<string?>? Roles, IReadOnlyList<string?>? Buurthuizen, string? Password);

public sealed record IssuedKey(Guid Id, string Key);

/// <summary>A user's roles and, for board members, their buurthuizen.</summary>
public sealed record UserAccess(IReadOnlyList<string?>? Roles, IReadOnlyList<string?>? Buurthuizen);

public sealed record NewPassword(string? Password);

/// <summary>Users, passwords with lockout, and API keys.</summary>
public sealed class AccountService(IDocumentSession session, IPasswordHasher<User> hasher, IMemoryCache cache, TimeProvider clock, IAuditLog audit, IBuurthuisRegistry registry)
{
    public const int MinPasswordLength = 12;

    public async Task<Outcome<User>> CreateUserAsync(NewUser input, CancellationToken ct)
    {
        var errors = new ErrorBag();
        var email = input.Email?.Trim().ToLowerInvariant();
        if (email is null || !ContactDetails.IsValidEmail(email)) errors.Add("email", "A valid e-mail address is required.");
        errors.Text("name", input.Name, required: true, 200);
        var (roles, buurthuizen) = ValidAccess(new UserAccess(input.Roles, input.Buurthuizen), errors);
        buurthuizen = await RegisteredAsync(buurthuizen, errors, ct);
        if (input.Password is not null && input.Password.Length < MinPasswordLength)
            errors.Add("password", $"At least {MinPasswordLength} characters.");
        if (!errors.IsEmpty) return Failure.Invalid(errors.ToDictionary());
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct))
            return new Failure(FailureKind.Conflict, "A user with this e-mail address already exists.");

        var user = new User
        {
            Id = Guid.CreateVersion7(), Email = email!, Name = input.Name!.Trim(), Roles = roles, Buurthuizen = buurthuizen,
            CreatedAt = clock.GetUtcNow(),
        };
        user.RenewSecurityStamp();
        if (input.Password is not null) user.PasswordHash = hasher.HashPassword(user, input.Password);
        session.Insert(user);
        await session.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>A board member's buurthuizen are registered ones, in their registered spelling.</summary>
    private async Task<List<string>> RegisteredAsync(List<string> names, ErrorBag errors, CancellationToken ct)
    {
        var registered = new List<string>();
        if (names.Count > 50) return names; // refused already, no need to look them up
        foreach (var name in names)
        {
            var (canonical, error) = await registry.ResolveAsync(name, ct);
            if (error is not null) errors.Add("buurthuizen", error);
            else registered.Add(canonical!);
        }
        return [.. registered.Distinct()];
    }

    private static (List<string> Roles, List<string> Buurthuizen) ValidAccess(UserAccess input, ErrorBag errors)
    {
        var roles = (input.Roles ?? []).OfType<string>().Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();
        if (roles.Count == 0) errors.Add("roles", $"At least one role: {string.Join(", ", Roles.All)}.");
        foreach (var role in roles.Where(r => !Roles.IsKnown(r))) errors.Add("roles", $"Unknown role '{role}'; use {string.Join(", ", Roles.All)}.");
        var buurthuizen = (input.Buurthuizen ?? []).OfType<string>().Select(b => b.Trim()).Where(b => b.Length > 0).Distinct().ToList();
        if (buurthuizen.Count > 50) errors.Add("buurthuizen", "At most 50 buurthuizen.");
        foreach (var (b, i) in buurthuizen.Select((b, i) => (b, i))) errors.Text($"buurthuizen[{i}]", b, required: false, 200);
        if (roles.Contains(Roles.Board) && buurthuizen.Count == 0) errors.Add("buurthuizen", "A board member needs at least one buurthuis.");
        return (roles, buurthuizen);
    }

    /// <summary>
    /// Checks a password; repeated failures lock the account for a while, whatever the password. An unknown,
    /// disabled or locked account costs the same password check as a real one, so timing tells nothing. The
    /// record is saved with a revision check: a parallel guess or a disable in between makes it start again.
    /// </summary>
    public async Task<User?> SignInAsync(string email, string password, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        for (var attempt = 1; ; attempt++)
        {
            var user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == normalized, ct);
            var now = clock.GetUtcNow();
            if (user is null || user.Disabled || user.PasswordHash is null || user.IsLockedOut(now))
            {
                hasher.VerifyHashedPassword(Decoy, DecoyHash.Value, password);
                // An unknown address is not recorded (it may be personal data); the account's id is.
                audit.Record("anonymous", "sign-in-failed", "user", user?.Id);
                return null;
            }

            var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
            var succeeded = result != PasswordVerificationResult.Failed;
            if (!succeeded)
            {
                user.FailedSignIns++;
                audit.Record("anonymous", "sign-in-failed", "user", user.Id);
                if (user.FailedSignIns >= User.MaxFailedSignIns)
                {
                    user.LockedUntil = now + User.LockoutDuration;
                    user.FailedSignIns = 0;
                    audit.Record("anonymous", "locked-out", "user", user.Id);
                }
            }
            else
            {
                if (result == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = hasher.HashPassword(user, password);
                user.FailedSignIns = 0;
                user.LockedUntil = null;
                audit.Record(user.Id.ToString(), "signed-in", "user", user.Id);
            }
            session.Store(user);
            try
            {
                await session.SaveChangesAsync(ct);
                return succeeded ? user : null;
            }
            catch (ConcurrencyException) when (attempt < MaxAttempts)
            {
                session.EjectAllPendingChanges();
            }
        }
    }

    private const int MaxAttempts = 10;
    private static readonly User Decoy = new() { Email = "decoy@bronbank.invalid" };
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<User>().HashPassword(Decoy, Guid.NewGuid().ToString()));

    /// <summary>Loads a user, changes it and saves with a revision check, starting again when someone else saved in between.</summary>
    private async Task<Outcome<User>> ChangeUserAsync(Guid userId, Action<User> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var user = await session.LoadAsync<User>(userId, ct);
            if (user is null) return Failure.NotFound("user", userId);
            change(user);
            session.Store(user);
            try
            {
                await session.SaveChangesAsync(ct);
                return user;
            }
            catch (ConcurrencyException) when (attempt < MaxAttempts)
            {
                session.EjectAllPendingChanges();
            }
        }
    }

    public async Task<Outcome<IssuedKey>> CreateApiKeyAsync(Guid userId, string? name, CancellationToken ct)
    {
        var user = await session.LoadAsync<User>(userId, ct);
        if (user is null) return Failure.NotFound("user", userId);
        if (user.Disabled) return new Failure(FailureKind.Conflict, "The user is disabled.");
        var key = ApiKeys.NewKey();
        var record = new ApiKey
        {
            Id = Guid.CreateVersion7(), UserId = userId, Prefix = ApiKeys.PrefixOf(key), Hash = ApiKeys.HashOf(key),
            Name = name?.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        session.Insert(record);
        await session.SaveChangesAsync(ct);
        return new IssuedKey(record.Id, key);
    }

    public async Task<Failure?> RevokeApiKeyAsync(Guid userId, Guid keyId, CancellationToken ct)
    {
        var record = await session.LoadAsync<ApiKey>(keyId, ct);
        if (record is null || record.UserId != userId) return Failure.NotFound("API key", keyId);
        record.RevokedAt ??= clock.GetUtcNow();
        session.Store(record);
        await session.SaveChangesAsync(ct);
        ApiKeyAuthenticationHandler.Forget(cache, record.Hash);
        return null;
    }

    /// <summary>Disabling or enabling renews the security stamp, which ends the user's browser sessions.</summary>
    public Task<Outcome<User>> SetDisabledAsync(Guid userId, bool disabled, CancellationToken ct) =>
        ChangeAccessAsync(userId, user => user.Disabled = disabled, ct);

    /// <summary>New roles end the user's sessions (they sign in again with the new roles); API keys carry the new roles at once.</summary>
    public async Task<Outcome<User>> SetAccessAsync(Guid userId, UserAccess input, CancellationToken ct)
    {
        var errors = new ErrorBag();
        var (roles, buurthuizen) = ValidAccess(input, errors);
        buurthuizen = await RegisteredAsync(buurthuizen, errors, ct);
        if (!errors.IsEmpty) return Failure.Invalid(errors.ToDictionary());
        return await ChangeAccessAsync(userId, user => (user.Roles, user.Buurthuizen) = (roles, buurthuizen), ct);
    }

    /// <summary>A new password ends the user's sessions and lifts a lockout.</summary>
    public async Task<Outcome<User>> SetPasswordAsync(Guid userId, string? password, CancellationToken ct)
    {
        if (password is null || password.Length < MinPasswordLength)
            return Failure.Invalid(new() { ["password"] = [$"At least {MinPasswordLength} characters."] });
        return await ChangeAccessAsync(userId, user =>
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            (user.FailedSignIns, user.LockedUntil) = (0, null);
        }, ct);
    }

    /// <summary>A change of access renews the security stamp (ending browser sessions) and drops the user's keys from the cache.</summary>
    private async Task<Outcome<User>> ChangeAccessAsync(Guid userId, Action<User> change, CancellationToken ct)
    {
        var outcome = await ChangeUserAsync(userId, user =>
        {
            change(user);
            user.RenewSecurityStamp();
        }, ct);
        if (outcome.Failure is not null) return outcome;
        foreach (var key in await session.Query<ApiKey>().Where(k => k.UserId == userId).ToListAsync(ct))
            ApiKeyAuthenticationHandler.Forget(cache, key.Hash);
        return outcome;
    }
}
