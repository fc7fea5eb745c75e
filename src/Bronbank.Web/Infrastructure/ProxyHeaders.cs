using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Bronbank.Web.Infrastructure;

/// <summary>Proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, in <c>Bronbank:ForwardedHeaders</c>.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Bronbank:ForwardedHeaders";

    /// <summary>Single addresses, e.g. <c>10.0.0.5</c>. Loopback (127.0.0.0/8, ::1) is always known.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. <c>10.244.0.0/16</c> for a cluster's ingress pods.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind nginx or an ingress, the client's address and scheme come from the proxy's headers: the sign-in
/// limit is then per client instead of one bucket for everyone, and cookies get <c>Secure</c> and HSTS is
/// sent when the proxy terminated TLS. Headers are believed only from known proxies, and only the last
/// hop (the address the proxy saw), so a client that sends its own <c>X-Forwarded-For</c> changes nothing.
/// </summary>
public static class ProxyHeaders
{
    public static IHostApplicationBuilder AddProxyHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ForwardedHeadersSettings>>((o, settings) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
            o.KnownProxies.Add(IPAddress.IPv6Loopback);
            foreach (var proxy in settings.Value.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.Value.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }
}
