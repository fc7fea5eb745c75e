using Bronbank.Domain.Volunteers;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Volunteers;

/// <summary>
/// A pause has a date: from that day the volunteer is available again without anyone remembering to
/// switch them back. Checked at start and every hour; the change feed puts them back in every index.
/// </summary>
public sealed class PauseEnds(IDocumentSession session, TimeProvider clock, IChangeFollower follower)
{
    public async Task<int> ApplyAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = await session.Query<Volunteer>().Where(v => v.PausedUntil != null && v.PausedUntil <= today).ToListAsync(ct);
        foreach (var volunteer in due.Where(v => v.EndPauseIfDue(today)))
        {
            volunteer.UpdatedAt = clock.GetUtcNow();
            session.UpdateRevision(volunteer, volunteer.Version + 1);
        }
        if (due.Count == 0) return 0;
        await session.SaveChangesAsync(ct);
        await follower.CaughtUpAsync(ct); // this instance's index has them back before the run reports
        return due.Count;
    }
}

internal sealed class PauseEndsJob(IServiceProvider services, DatabaseState database, ILogger<PauseEndsJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            if (!database.SchemaReady) continue;
            try
            {
                await using var scope = services.CreateAsyncScope();
                var ended = await scope.ServiceProvider.GetRequiredService<PauseEnds>().ApplyAsync(stoppingToken);
                if (ended > 0) logger.LogInformation("Pauses ended: {Count} volunteers available again", ended);
            }
            catch (Exception e) when (DatabaseResilience.IsUnavailable(e) || e is JasperFx.ConcurrencyException)
            {
                logger.LogWarning("Pause check skipped: {Reason}", e.GetType().Name); // the next tick tries again
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
