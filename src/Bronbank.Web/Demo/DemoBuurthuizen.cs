using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Buurthuizen;
using Marten;

namespace Bronbank.Web.Demo;

/// <summary>Registers the buurthuizen the demo data names, so demo volunteers and the demo board can name them.</summary>
internal static class DemoBuurthuizen
{
    public const string BoardBuurthuis = "Huis van de Buurt De Boog";

    /// <summary>The buurthuis of this name, registered in this area when it was not yet (also when another start registered it just now).</summary>
    public static async Task<Buurthuis?> EnsureAsync(IServiceProvider services, string name, string area, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        if (await BuurthuisService.FindAsync(session, name, ct) is { } found) return found;
        var draft = new BuurthuisDraft
        {
            Name = name, Area = area, Address = $"{name.Split(' ')[^1]}plein 1",
            OpeningNotes = "ma t/m vr 9–17 uur, di en do ook 's avonds",
            OpenDayParts = ["ma-ochtend", "ma-middag", "di-ochtend", "di-middag", "di-avond", "wo-ochtend", "wo-middag", "do-ochtend", "do-middag", "do-avond", "vr-ochtend"],
        };
        try
        {
            var created = await scope.ServiceProvider.GetRequiredService<BuurthuisService>().CreateAsync(draft, ct);
            if (created.Succeeded) return created.Value;
        }
        catch (Exception e) when (e is JasperFx.DocumentAlreadyExistsException or Marten.Exceptions.MartenCommandException)
        {
            // Registered by someone else in between; read it below.
        }
        await using var again = services.GetRequiredService<IDocumentStore>().QuerySession();
        return await BuurthuisService.FindAsync(again, name, ct);
    }
}
