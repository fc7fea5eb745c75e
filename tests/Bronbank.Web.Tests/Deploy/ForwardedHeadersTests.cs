using System.Net;
using System.Net.Sockets;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Deploy;

/// <summary>
/// Behind the real nginx (on 127.0.0.1, with the header rules of deploy/nginx/nginx.conf), Bronbank sees
/// each client's own address: clients connect from different loopback addresses (127.0.0.2, .3, .4).
/// Only a known proxy's forwarded headers are believed; what a client sends itself is not.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.LimitedKestrelFactory factory) : IClassFixture<ForwardedHeadersTests.LimitedKestrelFactory>, IAsyncLifetime
{
    private NginxProxy? _nginx;

    public async Task InitializeAsync() => _nginx = await NginxProxy.StartAsync(factory.HostAndPort());

    [Fact]
    public async Task Behind_nginx_each_client_has_its_own_sign_in_bucket_and_a_forged_forwarded_address_is_ignored()
    {
        using var first = From("127.0.0.2");
        for (var i = 0; i < 3; i++) (await SignInAsync(first)).Should().NotBe(HttpStatusCode.TooManyRequests);
        (await SignInAsync(first)).Should().Be(HttpStatusCode.TooManyRequests, "the fourth attempt in a minute from one client");

        using var second = From("127.0.0.3");
        (await SignInAsync(second)).Should().NotBe(HttpStatusCode.TooManyRequests, "another client has a bucket of its own");

        (await SignInAsync(first, forged: "10.20.30.40")).Should().Be(HttpStatusCode.TooManyRequests, "a client cannot name itself a new address");
        using var third = From("127.0.0.4");
        for (var i = 0; i < 3; i++) (await SignInAsync(third, forged: "127.0.0.2")).Should().NotBe(HttpStatusCode.TooManyRequests, "nor use up someone else's bucket");
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_cookies_are_Secure_and_HSTS_is_sent()
    {
        // What nginx sends after terminating TLS: the proxy connects from loopback, a known proxy by default.
        using var proxy = From("127.0.0.1", "http://" + factory.HostAndPort());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        request.Headers.Host = "bronbank.example.nl";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.10");

        using var response = await proxy.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=");
        response.Headers.GetValues("Set-Cookie").Should().NotBeEmpty().And.OnlyContain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private HttpClient From(string localAddress, string? url = null) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
            await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = new Uri(url ?? _nginx!.Url) };

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string? forged = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.nl", ["Password"] = "fout" }),
        };
        if (forged is not null) request.Headers.Add("X-Forwarded-For", forged);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public async Task DisposeAsync()
    {
        if (_nginx is not null) await _nginx.DisposeAsync();
    }

    /// <summary>Kestrel on a real port with a small sign-in limit.</summary>
    public sealed class LimitedKestrelFactory : BronbankFactory
    {
        public LimitedKestrelFactory() => Set("Bronbank:RateLimits:SignInPerMinute", "3");

        public override async Task InitializeAsync()
        {
            UseKestrel(0);
            await base.InitializeAsync();
        }
    }
}
