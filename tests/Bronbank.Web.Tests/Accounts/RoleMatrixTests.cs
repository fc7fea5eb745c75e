using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Accounts;

/// <summary>Every API endpoint, tried by every role: allowed roles get past authorization, the others get 403, nobody gets in anonymously.</summary>
public sealed class RoleMatrixTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private const string Anonymous = "anonymous";
    private static readonly string[] AllRoles = ["admin", "staff", "coordinator", "board"];
    private readonly Dictionary<string, HttpClient> _as = [];
    private Guid _volunteer, _request, _match, _boog, _activity;

    /// <summary>(method, route pattern, roles allowed). "anonymous" means anyone.</summary>
    public static readonly (string Method, string Route, string[] Roles)[] Matrix =
    [
        ("GET", "/api/v1/areas", [Anonymous]),
        ("PUT", "/api/v1/areas", ["admin"]),
        ("POST", "/api/v1/volunteers", ["staff"]),
        ("POST", "/api/v1/volunteers/import", ["staff"]),
        ("GET", "/api/v1/volunteers/export", ["staff", "coordinator"]),
        ("GET", "/api/v1/volunteers", ["staff", "coordinator"]),
        ("GET", "/api/v1/volunteers/search", ["staff", "coordinator"]),
        ("GET", "/api/v1/volunteers/{id}", ["staff", "coordinator"]),
        ("PUT", "/api/v1/volunteers/{id}", ["staff"]),
        ("DELETE", "/api/v1/volunteers/{id}", ["staff"]),
        ("GET", "/api/v1/volunteers/{id}/matches", ["staff", "coordinator"]),
        ("GET", "/api/v1/volunteers/{id}/export", ["staff", "admin"]),
        ("POST", "/api/v1/requests", ["coordinator"]),
        ("GET", "/api/v1/requests", ["coordinator"]),
        ("GET", "/api/v1/requests/{id}", ["coordinator"]),
        ("PUT", "/api/v1/requests/{id}", ["coordinator"]),
        ("DELETE", "/api/v1/requests/{id}", ["coordinator"]),
        ("POST", "/api/v1/requests/{id}/close", ["coordinator"]),
        ("POST", "/api/v1/requests/{id}/reopen", ["coordinator"]),
        ("PUT", "/api/v1/requests/{id}/theme", ["coordinator"]),
        ("GET", "/api/v1/requests/{id}/candidates", ["coordinator"]),
        ("GET", "/api/v1/requests/{id}/matches", ["coordinator"]),
        ("POST", "/api/v1/candidates", ["coordinator"]),
        ("POST", "/api/v1/matches", ["coordinator"]),
        ("GET", "/api/v1/matches", ["coordinator"]),
        ("GET", "/api/v1/matches/stats", ["coordinator"]),
        ("GET", "/api/v1/matches/{id}", ["coordinator"]),
        ("POST", "/api/v1/matches/{id}/confirm", ["coordinator"]),
        ("POST", "/api/v1/matches/{id}/decline", ["coordinator"]),
        ("POST", "/api/v1/matches/{id}/end", ["coordinator"]),
        ("POST", "/api/v1/matches/{id}/notes", ["coordinator"]),
        ("POST", "/api/v1/matches/{id}/follow-up", ["coordinator"]),
        ("POST", "/api/v1/matches/{id}/check-ins", ["coordinator"]),
        ("POST", "/api/v1/users", ["admin"]),
        ("GET", "/api/v1/users", ["admin"]),
        ("POST", "/api/v1/users/{id}/disable", ["admin"]),
        ("POST", "/api/v1/users/{id}/enable", ["admin"]),
        ("PUT", "/api/v1/users/{id}/roles", ["admin"]),
        ("PUT", "/api/v1/users/{id}/password", ["admin"]),
        ("POST", "/api/v1/users/{id}/api-keys", ["admin"]),
        ("GET", "/api/v1/users/{id}/api-keys", ["admin"]),
        ("DELETE", "/api/v1/users/{id}/api-keys/{keyId}", ["admin"]),
        ("GET", "/api/v1/audit", ["admin"]),
        ("POST", "/api/v1/retention/run", ["admin"]),
        ("GET", "/api/v1/index/status", ["admin"]),
        ("POST", "/api/v1/index/rebuild", ["admin"]),
        ("GET", "/api/v1/buurthuizen/{name}/pool", ["board", "staff", "coordinator"]),
        ("POST", "/api/v1/buurthuizen", ["staff", "coordinator", "admin"]),
        ("GET", "/api/v1/buurthuizen", ["staff", "coordinator", "admin", "board"]),
        ("GET", "/api/v1/buurthuizen/{id}", ["staff", "coordinator", "admin", "board"]),
        ("PUT", "/api/v1/buurthuizen/{id}", ["staff", "coordinator", "admin"]),
        ("DELETE", "/api/v1/buurthuizen/{id}", ["staff", "coordinator", "admin"]),
        // Boards pass for their own buurthuis' activities (the matrix uses one of De Boog); ActivityApiTests shows the others are refused.
        ("POST", "/api/v1/activities", ["staff", "coordinator", "admin", "board"]),
        ("GET", "/api/v1/activities", ["staff", "coordinator", "admin", "board"]),
        ("GET", "/api/v1/activities/{id}", ["staff", "coordinator", "admin", "board"]),
        ("PUT", "/api/v1/activities/{id}", ["staff", "coordinator", "admin", "board"]),
        ("DELETE", "/api/v1/activities/{id}", ["staff", "coordinator", "admin", "board"]),
        ("GET", "/api/v1/agenda", ["staff", "coordinator", "admin", "board"]),
        ("GET", "/api/v1/agenda.ics", ["staff", "coordinator", "admin", "board"]),
        // A subscription link opens without signing in; a wrong token is 404 (AgendaSubscriptionTests).
        ("GET", "/api/v1/agenda/feeds/{token}.ics", [Anonymous]),
        ("GET", "/api/v1/bouwblokken/suggestions", ["staff", "coordinator", "admin", "board"]),
        ("GET", "/api/v1/insights/areas", ["coordinator", "admin"]),
        ("GET", "/api/v1/insights/themes", ["coordinator", "admin"]),
        ("POST", "/api/v1/visits", ["staff", "coordinator"]),
        ("GET", "/api/v1/visits", ["staff", "coordinator"]),
        ("DELETE", "/api/v1/visits/{id}", ["staff", "coordinator"]),
        ("GET", "/api/v1/referral-organisations", ["staff", "coordinator"]),
        ("PUT", "/api/v1/referral-organisations", ["staff", "coordinator"]),
        ("POST", "/api/v1/signals", ["staff", "coordinator"]),
        ("GET", "/api/v1/signals", ["staff", "coordinator"]),
        ("GET", "/api/v1/signals/counts", ["staff", "coordinator", "admin"]),
        ("GET", "/api/v1/signals/{id}", ["staff", "coordinator"]),
        ("POST", "/api/v1/signals/{id}/notes", ["staff", "coordinator"]),
        ("POST", "/api/v1/signals/{id}/close", ["staff", "coordinator"]),
        ("POST", "/api/v1/signals/{id}/request", ["coordinator"]),
        ("GET", "/api/v1/reports/wijk", ["coordinator", "admin"]),
        ("GET", "/api/v1/reports/blind-spots", ["coordinator", "admin"]),
    ];

    public async Task InitializeAsync()
    {
        var admin = factory.CreateClient();
        _volunteer = await admin.CreateVolunteerAsync(Samples.Volunteer().With("buurthuis", "De Boog"));
        _boog = await admin.EnsureBuurthuisAsync("De Boog");
        _activity = await admin.CreateActivityAsync(ActivitySamples.Activity(_boog));
        _request = await admin.CreateRequestAsync();
        _match = await admin.ProposeAsync(_request, await admin.CreateVolunteerAsync());
        foreach (var role in AllRoles) _as[role] = (await factory.ClientAsAsync([role], role == "board" ? ["De Boog"] : null)).Client;
        _as[Anonymous] = factory.CreateAnonymousClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_mapped_endpoint_names_a_policy_or_allows_anonymous_access_explicitly()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Should().NotBeEmpty();
        var unnamed = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        unnamed.Should().BeEmpty("every endpoint has an explicit policy");
    }

    [Fact]
    public void The_matrix_covers_every_api_endpoint()
    {
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToHashSet();
        mapped.Should().BeEquivalentTo(Matrix.Select(m => $"{m.Method} {m.Route}"));
    }

    public static TheoryData<int> Rows() => [.. Enumerable.Range(0, Matrix.Length)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_role_is_allowed_or_forbidden_as_the_matrix_says(int row)
    {
        var (method, route, allowed) = Matrix[row];
        foreach (var who in AllRoles.Append(Anonymous))
        {
            var response = await _as[who].SendAsync(Build(method, route));
            var status = (int)response.StatusCode;
            if (allowed.Contains(Anonymous) || allowed.Contains(who))
                status.Should().NotBe(401).And.NotBe(403, $"{who} may {method} {route}");
            else if (who == Anonymous)
                status.Should().Be(401, $"{method} {route} needs a signed-in user");
            else
            {
                status.Should().Be(403, $"{who} may not {method} {route}");
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            }
        }
    }

    [Fact]
    public async Task A_board_member_sees_only_the_pool_of_their_own_buurthuis_and_no_contact_details()
    {
        var own = await (await _as["board"].GetAsync("/api/v1/buurthuizen/De%20Boog/pool")).Content.ReadAsStringAsync();
        own.Should().Contain("Gerrit").And.NotContain("Jansen").And.NotContain("gerrit@example.nl").And.NotContain("06-12345678");
        await (await _as["board"].GetAsync("/api/v1/buurthuizen/De%20Dreef/pool")).ShouldBeProblemAsync(403);
    }

    private HttpRequestMessage Build(string method, string route)
    {
        var url = route
            .Replace("/api/v1/volunteers/{id}", $"/api/v1/volunteers/{(method == "DELETE" ? Guid.NewGuid() : _volunteer)}", StringComparison.Ordinal)
            .Replace("/api/v1/requests/{id}", $"/api/v1/requests/{(method is "DELETE" or "POST" or "PUT" ? Guid.NewGuid() : _request)}", StringComparison.Ordinal)
            .Replace("/api/v1/matches/{id}", $"/api/v1/matches/{(method == "POST" ? Guid.NewGuid() : _match)}", StringComparison.Ordinal)
            .Replace("/api/v1/activities/{id}", $"/api/v1/activities/{(method == "DELETE" ? Guid.NewGuid() : _activity)}", StringComparison.Ordinal)
            .Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{keyId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{name}", "De%20Boog", StringComparison.Ordinal)
            .Replace("{token}", "bbf_" + new string('m', 43), StringComparison.Ordinal);
        var message = new HttpRequestMessage(new HttpMethod(method), url);
        if (route == "/api/v1/volunteers/import")
        {
            message.RequestUri = new Uri(url + "?dryRun=true", UriKind.Relative);
            message.Content = new StringContent("externalKey,name,neighbourhood\r\nm-1,Matrix,Zuilen\r\n", System.Text.Encoding.UTF8, "text/csv");
            return message;
        }
        if (method is "POST" or "PUT")
        {
            object body = route switch
            {
                "/api/v1/areas" => new[] { new { name = "Zuilen", wijk = "Noordwest", lat = 52.108, lon = 5.09 } },
                "/api/v1/volunteers" or "/api/v1/volunteers/{id}" => Samples.Volunteer(),
                "/api/v1/requests" or "/api/v1/requests/{id}" or "/api/v1/candidates" => Samples.Request(),
                "/api/v1/visits" => Samples.Visit(),
                "/api/v1/activities" or "/api/v1/activities/{id}" => ActivitySamples.Activity(_boog),
                "/api/v1/buurthuizen" or "/api/v1/buurthuizen/{id}" => new { name = $"Matrixhuis {Guid.NewGuid():N}", area = "Zuilen" },
                "/api/v1/referral-organisations" => new { organisations = new[] { "De Geldzaak", "Loket", "Wmo-loket", "Netwerk Informele Zorg", "sociaal raadslieden", "Buurtteam", "wijkinformatiepunt" } },
                "/api/v1/users/{id}/roles" => new { roles = new[] { "staff" } },
                "/api/v1/users/{id}/password" => new { password = "een-lang-wachtwoord-2026" },
                "/api/v1/users" => new { email = $"m-{Guid.NewGuid():N}@example.nl", name = "Matrix", roles = new[] { "staff" } },
                _ => new { reason = "other", outcome = "completed", text = "x", requestId = Guid.NewGuid(), volunteerId = Guid.NewGuid() },
            };
            message.Content = JsonContent.Create(body, options: HttpExtensions.Json);
        }
        return message;
    }
}
