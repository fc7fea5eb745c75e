using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Accounts;

/// <summary>
/// A fresh install needs someone to sign in: the first admin comes from configuration, and in demo mode
/// a demo user per role is created and its sign-in printed (demo passwords are not personal data).
/// </summary>
internal sealed class AccountBootstrapper(IServiceProvider services, IDocumentStore store, DatabaseState database,
    IOptions<BootstrapOptions> options, BootstrapKey bootstrapKey, TimeProvider clock, IConfiguration configuration, ILogger<AccountBootstrapper> logger) : BackgroundService
{
    public const string DemoPassword = "bronbank-demo";
    public const string DemoBoardBuurthuis = "Huis van de Buurt De Boog";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!database.SchemaReady) await Task.Delay(200, stoppingToken);
        if (bootstrapKey.IsConfigured)
        {
            var expiresAt = await bootstrapKey.ExpiresAtAsync(stoppingToken);
            if (expiresAt > clock.GetUtcNow())
                logger.LogWarning("The bootstrap API key holds every role and is accepted until {ExpiresAt:u} ({Hours} hours after its first use here); create an admin and give automation a key of its own",
                    expiresAt, options.Value.ApiKeyHours);
            else
                logger.LogWarning("The bootstrap API key expired at {ExpiresAt:u} and is refused; remove Bronbank:Bootstrap:ApiKey from the configuration", expiresAt);
        }
        await using (var query = store.QuerySession())
        {
            if (await query.Query<User>().AnyAsync(stoppingToken)) return;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        if (options.Value is { AdminEmail: { } email, AdminPassword: { } password })
        {
            var created = await accounts.CreateUserAsync(new NewUser(email, "Beheerder", [Roles.Admin], [], password), stoppingToken);
            if (created.Succeeded) logger.LogInformation("First admin created from configuration");
            else logger.LogError("Could not create the first admin: {Detail}", created.Failure!.Detail);
        }
        if (configuration.GetValue<bool>("Bronbank:DemoData"))
        {
            await accounts.CreateUserAsync(new NewUser("beheer@demo.bronbank.nl", "Demo beheerder", [Roles.Admin], [], DemoPassword), stoppingToken);
            await accounts.CreateUserAsync(new NewUser("intake@demo.bronbank.nl", "Demo intake", [Roles.Staff], [], DemoPassword), stoppingToken);
            await accounts.CreateUserAsync(new NewUser("coordinator@demo.bronbank.nl", "Demo coördinator", [Roles.Coordinator, Roles.Staff], [], DemoPassword), stoppingToken);
            await scope.ServiceProvider.GetRequiredService<IBuurthuisRegistry>().EnsureAsync(DemoBoardBuurthuis, "Zuilen", stoppingToken);
            await accounts.CreateUserAsync(new NewUser("bestuur@demo.bronbank.nl", "Demo bestuur", [Roles.Board], [DemoBoardBuurthuis], DemoPassword), stoppingToken);
            logger.LogWarning(
                "Demo sign-in (password {Password}): beheer@demo.bronbank.nl (admin), intake@demo.bronbank.nl (staff), coordinator@demo.bronbank.nl (coordinator), bestuur@demo.bronbank.nl (board)",
                DemoPassword);
        }
    }
}
