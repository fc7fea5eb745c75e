using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Privacy;

public sealed record RetentionReport(DateTimeOffset RanAt, int RequestsRedacted, int VolunteersFlagged, int VolunteersErased, int SignalsRedacted)
{
    /// <summary>The <see cref="IRetentionRule.ReportedAs"/> of the rule whose count is <see cref="SignalsRedacted"/>.</summary>
    public const string Signals = "signals";
}

/// <summary>Applies the retention periods: closed requests and signals lose their free text, stopped volunteers are flagged or erased.</summary>
public sealed class RetentionService(IDocumentSession session, PrivacyService privacy, IEnumerable<IRetentionRule> rules, TimeProvider clock, IOptions<RetentionOptions> options)
{
    public const string RedactedText = "[tekst verwijderd na de bewaartermijn]";

    public async Task<RetentionReport> ApplyAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;

        var textCutoff = now.AddDays(-settings.ClosedRequestTextDays);
        var expired = await session.Query<HelpRequest>()
            .Where(r => r.Status == RequestStatus.Closed && r.UpdatedAt < textCutoff && r.RedactedAt == null)
            .ToListAsync(ct);
        foreach (var request in expired)
        {
            request.Question = RedactedText;
            request.ResidentRef = null;
            request.ClosureNote = null;
            request.RedactedAt = now;
            session.Store(request);
        }
        await session.SaveChangesAsync(ct);

        var volunteerCutoff = now.AddDays(-settings.InactiveVolunteerDays);
        var stale = await session.Query<Volunteer>().Where(v => !v.Active && v.UpdatedAt < volunteerCutoff).ToListAsync(ct);
        int flagged = 0, erased = 0;
        foreach (var volunteer in stale)
        {
            if (settings.InactiveVolunteerAction == "erase")
            {
                if (await privacy.EraseVolunteerAsync(volunteer.Id, ct) is null) erased++;
            }
            else if (volunteer.ReviewRequestedAt is null)
            {
                volunteer.ReviewRequestedAt = now;
                session.Store(volunteer);
                flagged++;
            }
        }
        await session.SaveChangesAsync(ct);
        var applied = new Dictionary<string, int>();
        foreach (var rule in rules) applied[rule.ReportedAs] = applied.GetValueOrDefault(rule.ReportedAs) + await rule.ApplyAsync(now, ct);
        return new RetentionReport(now, expired.Count, flagged, erased, applied.GetValueOrDefault(RetentionReport.Signals));
    }
}

/// <summary>Runs retention on a schedule; <c>POST /api/v1/retention/run</c> runs it at once for an admin.</summary>
internal sealed class RetentionJob(IServiceProvider services, DatabaseState database, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    public const string ScheduleActor = "retention-schedule";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!database.SchemaReady) continue;
            try
            {
                await using var scope = services.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync(stoppingToken);
                var audit = scope.ServiceProvider.GetRequiredService<Infrastructure.IAuditLog>();
                audit.Record(ScheduleActor, "retention-run", "retention", null);
                await audit.FlushAsync(stoppingToken);
                logger.LogInformation("Retention applied: {Redacted} requests redacted, {Flagged} volunteers flagged, {Erased} erased, {Signals} signals redacted",
                    report.RequestsRedacted, report.VolunteersFlagged, report.VolunteersErased, report.SignalsRedacted);
            }
            catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
            {
                logger.LogWarning("Retention skipped: database unavailable");
            }
        }
    }
}
