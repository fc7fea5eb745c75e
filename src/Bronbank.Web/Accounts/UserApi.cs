using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Accounts;

public sealed record UserResponse(Guid Id, string Email, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Buurthuizen, bool Disabled, DateTimeOffset CreatedAt);

public sealed record ApiKeyResponse(Guid Id, string? Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

public sealed record NewApiKey(string? Name);

public static class UserApi
{
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/", Create).Audited("created", "user").WithName("CreateUser").WithSummary("Create a user with roles (admin)");
        group.MapGet("/", List).WithName("ListUsers").WithSummary("List users (admin)");
        group.MapPost("/{id}/disable", (string id, AccountService a, CancellationToken ct) => SetDisabled(id, true, a, ct)).Audited("disabled", "user")
            .WithName("DisableUser").WithSummary("Disable a user: no sign-in, no API keys (admin)");
        group.MapPost("/{id}/enable", (string id, AccountService a, CancellationToken ct) => SetDisabled(id, false, a, ct)).Audited("enabled", "user")
            .WithName("EnableUser").WithSummary("Enable a disabled user again (admin)");
        group.MapPut("/{id}/roles", SetAccess).Audited("roles-changed", "user")
            .WithName("SetUserRoles").WithSummary("Replace a user's roles and buurthuizen; ends their browser sessions (admin)");
        group.MapPut("/{id}/password", SetPassword).Audited("password-changed", "user")
            .WithName("SetUserPassword").WithSummary("Set a user's password; ends their browser sessions and lifts a lockout (admin)");
        group.MapPost("/{id}/api-keys", CreateKey).Audited("api-key-issued", "user").WithName("CreateApiKey").WithSummary("Issue an API key for a user; the key is shown only in this answer (admin)");
        group.MapGet("/{id}/api-keys", ListKeys).WithName("ListApiKeys").WithSummary("A user's API keys, without the secrets (admin)");
        group.MapDelete("/{id}/api-keys/{keyId}", RevokeKey).Audited("api-key-revoked", "user").WithName("RevokeApiKey").WithSummary("Revoke an API key (admin)");
        return group;
    }

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Create(
        NewUser body, AccountService accounts, CancellationToken ct)
    {
        var outcome = await accounts.CreateUserAsync(body, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Created<UserResponse>>(failure);
        return TypedResults.Created($"/api/v1/users/{outcome.Value!.Id}", outcome.Value.AsResponse());
    }

    public static async Task<Ok<IReadOnlyList<UserResponse>>> List(IQuerySession session, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<UserResponse>>([.. (await session.Query<User>().OrderBy(u => u.Email).ToListAsync(ct)).Select(u => u.AsResponse())]);

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> SetDisabled(
        string id, bool disabled, AccountService accounts, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await accounts.SetDisabledAsync(guid, disabled, ct);
        return outcome.Failure is { } failure ? Problems.State(failure) : TypedResults.Ok(outcome.Value!.AsResponse());
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> SetAccess(
        string id, UserAccess body, AccountService accounts, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return Answer(await accounts.SetAccessAsync(guid, body, ct));
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> SetPassword(
        string id, NewPassword body, AccountService accounts, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return Answer(await accounts.SetPasswordAsync(guid, body.Password, ct));
    }

    private static Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult> Answer(Outcome<User> outcome) =>
        outcome.Failure is { } failure ? Problems.Failed<Ok<UserResponse>>(failure) : TypedResults.Ok(outcome.Value!.AsResponse());

    public static async Task<Results<Created<IssuedKey>, ValidationProblem, ProblemHttpResult>> CreateKey(
        string id, NewApiKey? body, AccountService accounts, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        if (body?.Name is { Length: > 100 }) return Problems.Validation(new() { ["name"] = ["At most 100 characters."] });
        var outcome = await accounts.CreateApiKeyAsync(guid, body?.Name, ct);
        if (outcome.Failure is { } failure) return Problems.State(failure);
        return TypedResults.Created($"/api/v1/users/{guid}/api-keys/{outcome.Value!.Id}", outcome.Value);
    }

    public static async Task<Results<Ok<IReadOnlyList<ApiKeyResponse>>, ValidationProblem>> ListKeys(string id, IQuerySession session, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var keys = await session.Query<ApiKey>().Where(k => k.UserId == guid).OrderBy(k => k.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<ApiKeyResponse>>([.. keys.Select(k => new ApiKeyResponse(k.Id, k.Name, k.Prefix, k.CreatedAt, k.RevokedAt))]);
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeKey(
        string id, string keyId, AccountService accounts, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var user, out var errors) || !Ids.TryParse(keyId, out var key, out errors)) return Problems.Validation(errors);
        return await accounts.RevokeApiKeyAsync(user, key, ct) is { } failure ? Problems.State(failure) : TypedResults.NoContent();
    }

    private static UserResponse AsResponse(this User u) => new(u.Id, u.Email, u.Name, u.Roles, u.Buurthuizen, u.Disabled, u.CreatedAt);
}
