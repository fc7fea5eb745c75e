using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Accounts;

/// <summary>
/// Events and audit entries record who acted as an id (<see cref="Actors.ActorId"/>); pages show the
/// person's name instead.
/// </summary>
public static class ActorNames
{
    public static async Task<Func<string, string>> ForAsync(IQuerySession session, IEnumerable<string> actors, CancellationToken ct)
    {
        var ids = actors.Select(a => Guid.TryParse(a, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = ids.Count == 0 ? [] : (await session.LoadManyAsync<User>(ct, ids)).ToDictionary(u => u.Id.ToString(), u => u.Name);
        return actor => actor switch
        {
            Actors.Bootstrap => "de installatiesleutel",
            Actors.Erasure => "de verwijdering op verzoek",
            _ => names.GetValueOrDefault(actor, "een oud-gebruiker"),
        };
    }
}
