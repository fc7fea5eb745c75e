using System.Net;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Security;

public sealed class SecurityHeaderTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    public static TheoryData<string> Paths => new()
    {
        "/inloggen", "/", "/api/v1/areas", "/api/v1/volunteers/not-a-guid", "/api/v1/nothing-here", "/health/ready", "/openapi/v1.json", "/lib/htmx/htmx.min.js",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var script = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        script.Should().Be("script-src 'self'", "no inline script and no other origin");
        csp.Should().Contain("frame-ancestors 'none'").And.Contain("object-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer");
    }

    [Fact]
    public async Task Answers_with_personal_data_are_not_stored_in_caches()
    {
        var client = factory.CreateClient();
        var id = await client.CreateVolunteerAsync();

        var response = await client.GetAsync($"/api/v1/volunteers/{id}");

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_HSTS()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bronbank.example.nl") });

        var response = await client.GetAsync("/inloggen");

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=");
    }

    [Fact]
    public async Task No_staff_page_contains_an_inline_script()
    {
        var client = factory.CreateClient();
        foreach (var page in new[] { "/", "/vrijwilligers", "/vrijwilligers/nieuw", "/hulpvragen", "/hulpvragen/nieuw", "/koppelingen", "/inzichten", "/beheer" })
        {
            var html = await client.GetStringAsync(page);
            System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                .Should().BeEmpty($"{page} must run under a CSP without inline script");
            html.Should().NotMatchRegex("\\son[a-z]+=\"", $"{page} must not use inline event handlers");
        }
    }

    [Fact]
    public async Task Sign_in_cookies_are_http_only_strict_and_secure_over_https()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bronbank.example.nl"), AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;

        var form = await browser.GetAsync("/inloggen");

        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        antiforgery.ToLowerInvariant().Should().Contain("httponly").And.Contain("samesite=strict").And.Contain("secure");
    }
}
