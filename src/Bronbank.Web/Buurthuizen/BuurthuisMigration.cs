using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Storage;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Bronbank.Web.Buurthuizen;

/// <summary>
/// Before buurthuizen were places, a volunteer's or board member's buurthuis was free text. At start every
/// such name that is not registered yet becomes a registered buurthuis — in the area most of its volunteers
/// live in — and spellings that differ only in case take the registered one, so no value is lost and a
/// typo in capitals no longer splits a pool. Does nothing once every name is registered.
/// </summary>
internal sealed class BuurthuisMigration(IDocumentStore store, AreaDirectory areas, TimeProvider clock, ILogger<BuurthuisMigration> logger) : ISchemaReadyListener
{
    public const string MigratedNote = "Overgenomen uit de vrije tekst van vrijwilligers en besturen; vul adres en openingstijden aan.";

    public async Task OnSchemaReadyAsync(IQuerySession _, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAsync(ct);
                return;
            }
            catch (Exception e) when (attempt < 3 && e is DocumentAlreadyExistsException or ConcurrencyException or MartenCommandException)
            {
                // Another instance starting at the same moment registered the same names; look again.
            }
        }
    }

    /// <summary>The id of the <see cref="StartupMigration"/> written once the names are registered.</summary>
    public const string MarkerId = "buurthuizen-from-free-text";

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        // Done once: since then every write accepts registered names only, so a later start has nothing to look for
        // (the two queries below read every volunteer, seconds of each start at a million).
        if (await session.LoadAsync<StartupMigration>(MarkerId, ct) is not null) return;
        var registered = (await session.Query<Buurthuis>().ToListAsync(ct)).ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
        var volunteerNames = await session.Query<Volunteer>().Where(v => v.Buurthuis != null).Select(v => v.Buurthuis!).Distinct().ToListAsync(ct);
        var users = await session.Query<User>().Where(u => u.Buurthuizen.Any()).ToListAsync(ct);
        var names = volunteerNames.Concat(users.SelectMany(u => u.Buurthuizen)).Where(n => n.Trim().Length > 0).ToList();

        var created = 0;
        foreach (var group in names.GroupBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => !registered.ContainsKey(g.Key)))
        {
            var spellings = group.Distinct().ToList();
            var uses = await session.Query<Volunteer>().Where(v => v.Buurthuis != null && spellings.Contains(v.Buurthuis))
                .Select(v => new { v.Buurthuis, v.Neighbourhood }).ToListAsync(ct);
            var area = uses.Select(u => areas.Current.Find(u.Neighbourhood)).OfType<Domain.Areas.Area>().GroupBy(a => a.Name)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()).FirstOrDefault() ?? areas.Current.All[0];
            // The spelling most used (board members' count too), trimmed.
            var name = uses.Select(u => u.Buurthuis!).Concat(group.Where(_ => uses.Count == 0)).Select(n => n.Trim())
                .GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var now = clock.GetUtcNow();
            var buurthuis = new Buurthuis { Id = Guid.CreateVersion7(), Name = name, Area = area.Name, OpeningNotes = MigratedNote, CreatedAt = now, UpdatedAt = now };
            session.Insert(buurthuis);
            registered[buurthuis.Name] = buurthuis;
            created++;
        }

        var canonical = registered.Values.Select(b => b.Name).ToList();
        var respelled = await session.Query<Volunteer>().Where(v => v.Buurthuis != null && !canonical.Contains(v.Buurthuis)).ToListAsync(ct);
        foreach (var volunteer in respelled.Where(v => registered.ContainsKey(v.Buurthuis!.Trim())))
        {
            volunteer.Buurthuis = registered[volunteer.Buurthuis!.Trim()].Name;
            session.Store(volunteer);
        }
        var boards = users.Where(u => u.Buurthuizen.Any(b => !canonical.Contains(b))).ToList();
        foreach (var user in boards)
        {
            user.Buurthuizen = [.. user.Buurthuizen.Select(b => registered.TryGetValue(b.Trim(), out var r) ? r.Name : b).Distinct()];
            session.Store(user);
        }
        session.Store(new StartupMigration { Id = MarkerId, At = clock.GetUtcNow() });
        await session.SaveChangesAsync(ct);
        if (created == 0 && respelled.Count == 0 && boards.Count == 0) return;
        logger.LogInformation("Buurthuizen migrated from free text: {Created} registered, {Respelled} volunteers given the registered spelling", created, respelled.Count);
    }
}

/// <summary>A one-time start-up migration that has run, so later starts skip it.</summary>
public sealed class StartupMigration
{
    public string Id { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
