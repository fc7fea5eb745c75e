using System.Diagnostics;
using System.Net;
using Bronbank.Web.Storage;
using Bronbank.Web.Tests.Infrastructure;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace Bronbank.Web.Tests.Deploy;

/// <summary>
/// Compose connects Bronbank as a least-privilege role: the compose file names it, and the init script
/// that creates it is run here on a fresh PostgreSQL, where Bronbank then works as that role.
/// </summary>
public sealed class DatabaseRoleTests
{
    private static readonly string Root = BronbankProcess.RepositoryRoot();

    [Fact]
    public void Compose_connects_the_replicas_as_a_role_other_than_the_superuser_and_creates_it_at_initialisation()
    {
        var services = (YamlMappingNode)Load("deploy/compose.yaml")["services"];
        var postgres = (YamlMappingNode)services["postgres"];
        var superuser = ((YamlMappingNode)postgres["environment"])["POSTGRES_USER"].ToString();
        var app = (YamlMappingNode)services["bronbank-a"];
        var connection = new NpgsqlConnectionStringBuilder(((YamlMappingNode)app["environment"])["ConnectionStrings__Bronbank"].ToString());

        connection.Username.Should().NotBe(superuser, "the superuser is for the operator, not the application");
        ((YamlSequenceNode)postgres["volumes"]).Children.Select(v => v.ToString())
            .Should().Contain(v => v.StartsWith("./postgres/app-role.sh:/docker-entrypoint-initdb.d/", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(Root, "deploy/postgres/app-role.sh")).Should().Contain($"create role {connection.Username} login");
    }

    [Fact]
    public async Task The_app_role_is_no_superuser_and_Bronbank_runs_as_it()
    {
        var cluster = await TestCluster.StartNewAsync("app-role-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await cluster.CreateDatabaseAsync("bronbank");
            await RunInitScriptAsync(cluster);
            var connection = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("bronbank")) { Username = "bronbank_app", Password = "app-secret" };

            await using (var conn = new NpgsqlConnection(connection.ConnectionString))
            {
                await conn.OpenAsync();
                await using var role = new NpgsqlCommand("select rolsuper or rolcreatedb or rolcreaterole or rolreplication or rolbypassrls from pg_roles where rolname = current_user", conn);
                (await role.ExecuteScalarAsync()).Should().Be(false);
                var createDatabase = async () => { await using var c = new NpgsqlCommand("create database not_allowed", conn); await c.ExecuteNonQueryAsync(); };
                await createDatabase.Should().ThrowAsync<PostgresException>();
            }

            await using var bronbank = new AppRoleFactory(connection.ConnectionString);
            await bronbank.InitializeAsync();
            var response = await bronbank.CreateClient().PostJsonAsync("/api/v1/volunteers", Samples.Volunteer());
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var erasure = await bronbank.CreateClient().DeleteAsync((await response.ReadObjectAsync())["id"]!.GetValue<Guid>() is var id ? $"/api/v1/volunteers/{id}" : "");
            erasure.StatusCode.Should().Be(HttpStatusCode.NoContent, "the role writes the erasure ledger in its own schema");
        }
        finally
        {
            await cluster.StopAsync();
        }
    }

    private static async Task RunInitScriptAsync(EmbeddedPostgres cluster)
    {
        var psi = new ProcessStartInfo("bash", [Path.Combine(Root, "deploy/postgres/app-role.sh")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["PATH"] = EmbeddedPostgres.FindBinaries() + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["PGHOST"] = cluster.SocketDirectory,
                ["POSTGRES_USER"] = EmbeddedPostgres.Superuser,
                ["POSTGRES_DB"] = "bronbank",
                ["BRONBANK_APP_DB_PASSWORD"] = "app-secret",
            },
        };
        using var process = Process.Start(psi)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, error);
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, path));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private sealed class AppRoleFactory : BronbankFactory
    {
        public AppRoleFactory(string connectionString) : base("bronbank") => Set("ConnectionStrings:Bronbank", connectionString);
    }
}
