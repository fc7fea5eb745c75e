using Bronbank.Web.Infrastructure;

namespace Bronbank.Web.Accounts;

/// <summary>
/// <c>Bronbank.Web create-admin --email E --password P [--name N]</c>: creates an admin on the configured
/// (or embedded) database and exits, for a first install without configuration secrets.
/// </summary>
public static class AdminCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, "--" + name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        // No web server: only the database (embedded or configured) and its schema are needed.
        await using (app)
        {
            await app.Services.GetRequiredService<Marten.IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var outcome = await accounts.CreateUserAsync(new NewUser(Get("email"), Get("name") ?? "Beheerder", [Roles.Admin], [], Get("password")), CancellationToken.None);
            if (outcome.Failure is { } failure)
            {
                Console.Error.WriteLine($"No admin created: {failure.Detail} {string.Join("; ", failure.Errors?.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")) ?? [])}");
                return 1;
            }
            Console.WriteLine($"Admin created with id {outcome.Value!.Id}.");
            return 0;
        }
    }
}
