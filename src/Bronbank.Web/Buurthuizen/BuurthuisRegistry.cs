using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Accounts;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Bronbank.Web.Buurthuizen;

/// <summary>The registered buurthuizen for accounts (see <see cref="IBuurthuisRegistry"/>).</summary>
internal sealed class BuurthuisRegistry(IServiceProvider services, IQuerySession session) : IBuurthuisRegistry
{
    public Task<(string? Canonical, string? Error)> ResolveAsync(string name, CancellationToken ct) => BuurthuisNames.ResolveAsync(session, name, ct);

    public async Task EnsureAsync(string name, string area, CancellationToken ct)
    {
        if (await BuurthuisService.FindAsync(session, name, ct) is not null) return;
        await using var scope = services.CreateAsyncScope();
        var draft = new BuurthuisDraft
        {
            Name = name, Area = area, Address = $"{name.Split(' ')[^1]}plein 1", OpeningNotes = "ma t/m vr 9–17 uur, di en do ook 's avonds",
            OpenDayParts = ["ma-ochtend", "ma-middag", "di-ochtend", "di-middag", "di-avond", "wo-ochtend", "wo-middag", "do-ochtend", "do-middag", "do-avond", "vr-ochtend"],
        };
        try
        {
            await scope.ServiceProvider.GetRequiredService<BuurthuisService>().CreateAsync(draft, ct);
        }
        catch (Exception e) when (e is DocumentAlreadyExistsException or MartenCommandException)
        {
            // Another start registered it in between: then it is there, which is all this asks.
        }
    }
}
