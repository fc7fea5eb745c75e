using System.Security.Claims;
using System.Threading.Channels;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Privacy;

/// <summary>
/// Collects audit entries from requests and writes them in small batches, so that recording who viewed
/// a profile does not add a database round trip to every read.
/// </summary>
public sealed class AuditTrail(IDocumentStore store, TimeProvider clock, ILogger<AuditTrail> logger) : BackgroundService, IAuditLog
{
    private readonly Channel<AuditEntry> _pending = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(50_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly List<AuditEntry> _unsent = [];
    private readonly SemaphoreSlim _flushing = new(1, 1);

    public void Record(string actor, string action, string subjectType, Guid? subjectId) =>
        _pending.Writer.TryWrite(new AuditEntry
        {
            Id = Guid.CreateVersion7(), At = clock.GetUtcNow(), Actor = actor, Action = action, SubjectType = subjectType, SubjectId = subjectId,
        });

    public void Record(ClaimsPrincipal user, string action, string subjectType, Guid? subjectId) =>
        Record(user.ActorId(), action, subjectType, subjectId);

    /// <summary>Writes everything recorded so far (tests and shutdown use it). A batch the database refused is kept and sent again.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            while (_pending.Reader.TryRead(out var entry)) _unsent.Add(entry);
            if (_unsent.Count == 0) return;
            await using var session = store.LightweightSession();
            session.Insert(_unsent.ToArray());
            await session.SaveChangesAsync(ct);
            _unsent.Clear();
        }
        finally
        {
            _flushing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _pending.Reader.WaitToReadAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
        {
            try
            {
                await Task.Delay(250, stoppingToken);
                await FlushAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning("Audit batch not written yet ({Error}); retrying", e.GetType().Name);
                await Task.Delay(1000, CancellationToken.None);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try { await FlushAsync(cancellationToken); }
        catch (Exception e) { logger.LogWarning("Audit entries lost at shutdown ({Error})", e.GetType().Name); }
    }
}
