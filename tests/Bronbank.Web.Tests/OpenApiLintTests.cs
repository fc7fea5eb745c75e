using System.Diagnostics;
using System.Text.Json.Nodes;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests;

/// <summary>
/// The served OpenAPI document, as a client generator reads it: a security scheme on every operation, the
/// roles in each description, described tags, and no errors from Redocly's recommended rules or Spectral's
/// spectral:oas (both pinned in OpenApiLint/package.json, installed by the test project's build).
/// </summary>
public sealed class OpenApiLintTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private static readonly string LintFolder = Path.Combine(BronbankProcess.RepositoryRoot(), "tests", "Bronbank.Web.Tests", "OpenApiLint");

    private async Task<(JsonNode Document, string File)> ServedAsync()
    {
        var text = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var file = TestCluster.TempPath($"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text);
        return (JsonNode.Parse(text)!, file);
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(o => o.Key is "get" or "put" or "post" or "delete" or "patch")
            .Select(o => (p.Key, o.Key, o.Value!)));

    [Fact]
    public async Task Every_operation_names_how_to_authenticate_and_which_roles_it_allows()
    {
        var (document, _) = await ServedAsync();
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        schemes["apiKey"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
        schemes["cookie"]!["in"]!.GetValue<string>().Should().Be("cookie");

        foreach (var (path, method, operation) in Operations(document))
        {
            var security = operation["security"]!.AsArray();
            var description = operation["description"]!.GetValue<string>();
            if (path.StartsWith("/health", StringComparison.Ordinal) || (path == "/api/v1/areas" && method == "get") || (path == "/api/v1/agenda/feeds/{token}.ics" && method == "get"))
            {
                security.Should().BeEmpty($"{method} {path} is anonymous");
                continue;
            }
            security.Select(s => s!.AsObject().Single().Key).Should().BeEquivalentTo(["apiKey", "cookie"], $"{method} {path}");
            description.Should().Contain("Roles: ", $"{method} {path}");
        }
        Operations(document).Single(o => o.Path == "/api/v1/users" && o.Method == "post").Operation["description"]!.GetValue<string>()
            .Should().EndWith("Roles: admin.");
        Operations(document).Single(o => o.Path == "/api/v1/volunteers/{id}" && o.Method == "get").Operation["description"]!.GetValue<string>()
            .Should().EndWith("Roles: staff, coordinator.");
    }

    [Fact]
    public async Task Every_tag_is_described_and_no_server_url_ends_in_a_slash()
    {
        var (document, _) = await ServedAsync();
        var tags = document["tags"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        var used = Operations(document).SelectMany(o => o.Operation["tags"]?.AsArray() ?? []).Select(t => t!.GetValue<string>()).Distinct();
        tags.Keys.Should().BeEquivalentTo(used);
        tags.Values.Should().OnlyContain(d => !string.IsNullOrWhiteSpace(d));
        document["servers"]!.AsArray().Select(s => s!["url"]!.GetValue<string>()).Should().OnlyContain(u => !u.EndsWith('/') || u == "/");
    }

    [Fact]
    public async Task Redocly_recommended_rules_report_no_errors()
    {
        var (_, file) = await ServedAsync();
        var (exit, output) = await RunAsync("redocly", "lint", file, "--extends", "recommended", "--format", "stylish");
        exit.Should().Be(0, output);
    }

    [Fact]
    public async Task Spectral_oas_rules_report_no_errors()
    {
        var (_, file) = await ServedAsync();
        var (exit, output) = await RunAsync("spectral", "lint", file, "--ruleset", Path.Combine(LintFolder, ".spectral.yaml"), "--fail-severity", "error");
        exit.Should().Be(0, output);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string tool, params string[] args)
    {
        var bin = Path.Combine(LintFolder, "node_modules", ".bin", tool);
        File.Exists(bin).Should().BeTrue($"the test project's build installs {tool} with npm ci in {LintFolder}");
        var psi = new ProcessStartInfo(bin) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = LintFolder };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // No telemetry and no update check: the linters must not need the network.
        psi.Environment["REDOCLY_TELEMETRY"] = "off";
        psi.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        psi.Environment["NO_UPDATE_NOTIFIER"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
