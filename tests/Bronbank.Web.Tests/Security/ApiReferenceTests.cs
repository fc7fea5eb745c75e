using System.Net;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Bronbank.Web.Tests.Security;

/// <summary>
/// The third-party API reference page (/api) needs inline script and a CDN, so it is off in Production
/// unless an operator switches it on; the OpenAPI document itself stays served.
/// </summary>
public sealed class ApiReferenceTests(ApiReferenceTests.ProductionFactory factory) : IClassFixture<ApiReferenceTests.ProductionFactory>
{
    [Fact]
    public async Task In_production_the_api_reference_page_is_off_and_answers_under_the_strict_policy()
    {
        var response = await factory.CreateClient().GetAsync("/api");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self';").And.NotContain("unsafe-inline' https://cdn").And.NotContain("cdn.jsdelivr.net");
    }

    [Fact]
    public async Task In_production_the_OpenAPI_document_is_still_served()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public sealed class ProductionFactory : BronbankFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
