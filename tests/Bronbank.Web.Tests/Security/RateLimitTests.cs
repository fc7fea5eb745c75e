using System.Net;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Security;

/// <summary>A host with small limits, so reaching them takes a handful of requests.</summary>
public sealed class LimitedFactory : BronbankFactory
{
    public LimitedFactory()
    {
        Set("Bronbank:RateLimits:SignInPerMinute", "3");
        Set("Bronbank:RateLimits:FailedApiKeysPerMinute", "4");
        Set("Bronbank:RateLimits:ApiKeyPerSecond", "5");
        Set("Bronbank:RateLimits:TokenLinksPerMinute", "3");
    }
}

public sealed class RateLimitTests(LimitedFactory factory) : IClassFixture<LimitedFactory>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429_before_any_password_check()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.nl", ["Password"] = "fout" }));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) response.Headers.RetryAfter.Should().NotBeNull();
        }

        statuses.Take(3).Should().NotContain(HttpStatusCode.TooManyRequests);
        statuses.Skip(3).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_trailing_slash_or_other_spelling_of_the_sign_in_path_shares_its_limit()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/inloggen/", "/INLOGGEN", "/inloggen/", "/Inloggen/", "/inloggen/" })
        {
            var response = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.nl", ["Password"] = "fout" }));
            statuses.Add(response.StatusCode);
        }

        statuses.Count(s => s == HttpStatusCode.TooManyRequests).Should().BeGreaterThanOrEqualTo(2, string.Join(", ", statuses));
    }

    [Fact]
    public async Task Guessing_agenda_subscription_tokens_is_stopped_with_429_after_a_few_404s()
    {
        var guesser = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await guesser.GetAsync($"/api/v1/agenda/feeds/bbf_{i}{new string('g', 42)}.ics")).StatusCode);

        statuses.Take(3).Should().OnlyContain(s => s == HttpStatusCode.NotFound);
        statuses.Skip(3).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
        var refused = await guesser.GetAsync("/api/v1/agenda/feeds/bbf_x.ics");
        await refused.ShouldBeProblemAsync(429);
        refused.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task Guessing_API_keys_is_stopped_with_429_problem_json()
    {
        var guesser = factory.CreateAnonymousClient().WithKey("bb_" + new string('x', 40));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await guesser.GetAsync("/api/v1/requests")).StatusCode);

        statuses.Take(4).Should().OnlyContain(s => s == HttpStatusCode.Unauthorized);
        var refused = await guesser.GetAsync("/api/v1/requests");
        await refused.ShouldBeProblemAsync(429);
    }

    [Fact]
    public async Task A_valid_key_is_limited_per_second_by_its_own_identity()
    {
        var (client, _) = await factory.ClientAsAsync(["coordinator"]);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ => (await client.GetAsync("/api/v1/areas")).StatusCode));

        statuses.Count(s => s == HttpStatusCode.OK).Should().BeInRange(5, 10, "the bucket holds five per second");
        statuses.Should().Contain(HttpStatusCode.TooManyRequests);

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        (await client.GetAsync("/api/v1/areas")).StatusCode.Should().Be(HttpStatusCode.OK, "the bucket refills");
    }
}
