using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Accounts;

/// <summary>Counts password checks, to see that every sign-in costs one whether or not the account exists.</summary>
public sealed class CountingHasher : IPasswordHasher<User>
{
    private readonly PasswordHasher<User> _inner = new();
    private int _verified;

    public int Verified => _verified;

    public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>The user record is written with a revision check: parallel sign-ins and a disable never overwrite each other.</summary>
public sealed class SignInRaceTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private const string Password = "een-lang-wachtwoord-2026";

    private async Task<(string Email, Guid Id)> UserAsync()
    {
        var email = $"race-{Guid.NewGuid():N}@example.nl";
        var created = await factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name = "Rik Race", roles = new[] { "staff" }, password = Password });
        created.EnsureSuccessStatusCode();
        return (email, (await created.ReadObjectAsync())["id"]!.GetValue<Guid>());
    }

    private async Task<User?> SignInAsync(string email, string password, IServiceProvider? services = null)
    {
        await using var scope = (services ?? factory.Services).CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().SignInAsync(email, password, CancellationToken.None);
    }

    [Fact]
    public async Task Parallel_wrong_passwords_all_count_so_the_account_locks()
    {
        var (email, _) = await UserAsync();

        await Task.WhenAll(Enumerable.Range(0, User.MaxFailedSignIns).Select(_ => Task.Run(() => SignInAsync(email, "niet-het-wachtwoord"))));

        (await SignInAsync(email, Password)).Should().BeNull("five wrong guesses lock the account, however close together");
    }

    [Fact]
    public async Task A_sign_in_at_the_moment_of_a_disable_never_undoes_it()
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var (email, id) = await UserAsync();
            var signIn = Task.Run(() => SignInAsync(email, Password));
            await Task.Delay(5 + attempt * 8);
            await using (var scope = factory.Services.CreateAsyncScope())
                (await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(id, true, CancellationToken.None)).Succeeded.Should().BeTrue();
            await signIn;

            await using var query = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
            (await query.LoadAsync<User>(id))!.Disabled.Should().BeTrue($"attempt {attempt}: the disable stays");
        }
    }

    [Fact]
    public async Task Unknown_disabled_and_locked_accounts_cost_a_password_check_like_a_real_one()
    {
        var hasher = new CountingHasher();
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("Bronbank:Index:Path", TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N")[..8])).ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<User>>(hasher)));
        var (email, id) = await UserAsync();
        var (locked, _) = await UserAsync();
        for (var i = 0; i < User.MaxFailedSignIns; i++) await SignInAsync(locked, "niet-het-wachtwoord", host.Services);
        (await factory.CreateClient().PostAsync($"/api/v1/users/{id}/disable", null)).EnsureSuccessStatusCode();

        foreach (var who in new[] { "niemand-" + Guid.NewGuid().ToString("N") + "@example.nl", email, locked })
        {
            var before = hasher.Verified;
            (await SignInAsync(who, Password, host.Services)).Should().BeNull();
            hasher.Verified.Should().Be(before + 1, $"{who.Split('-')[0]}: one password check, as for an existing account");
        }
    }
}
