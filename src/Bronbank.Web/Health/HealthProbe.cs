namespace Bronbank.Web.Health;

/// <summary>
/// <c>Bronbank.Web --health-probe URL</c>: exits 0 when the URL answers 2xx. The container image has no
/// curl or wget, so its HEALTHCHECK calls the service's own binary for this.
/// </summary>
public static class HealthProbe
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length < 2 || args[0] != "--health-probe") return false;
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            using var response = client.GetAsync(args[1]).GetAwaiter().GetResult();
            exitCode = response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException or InvalidOperationException)
        {
            exitCode = 1;
        }
        return true;
    }
}
