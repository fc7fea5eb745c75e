using Bronbank.Web.Accounts;

namespace Bronbank.Web.Demo;

/// <summary>Registers the buurthuizen the demo data names, so demo volunteers and the demo board can name them.</summary>
internal static class DemoBuurthuizen
{
    public static async Task EnsureAsync(IServiceProvider services, string name, string area, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBuurthuisRegistry>().EnsureAsync(name, area, ct);
    }
}
