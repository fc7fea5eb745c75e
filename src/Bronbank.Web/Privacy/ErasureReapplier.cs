using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Requests;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Privacy;

/// <summary>
/// At every start, before the instance reports ready: anyone in the erasure ledger whom the database holds
/// again (it was restored from a backup made before their erasure) is erased again, the same way and in one
/// transaction each, recorded in the audit trail as <c>erasure-reapplied</c> by <c>erasure-ledger</c>.
/// </summary>
public sealed class ErasureReapplier(ErasureLedger ledger, IDocumentStore store, IServiceScopeFactory scopes, ILogger<ErasureReapplier> logger) : ISchemaReadyListener
{
    public const string Actor = "erasure-ledger";

    public async Task OnSchemaReadyAsync(IQuerySession session, CancellationToken ct)
    {
        await ledger.EnsureAsync(ct);
        var volunteers = await ledger.ReturnedAsync(ErasureLedger.Volunteer, TableOf<Volunteer>(), ct);
        foreach (var id in volunteers) await ApplyAsync((s, c) => s.ServiceProvider.GetRequiredService<PrivacyService>().StageErasureAsync(id, c), "volunteer", id, ct);
        var requests = await ledger.ReturnedAsync(ErasureLedger.Request, TableOf<HelpRequest>(), ct);
        foreach (var id in requests) await ApplyAsync((s, c) => s.ServiceProvider.GetRequiredService<RequestService>().StageDeleteAsync(id, c), "request", id, ct);
        if (volunteers.Count + requests.Count > 0)
            logger.LogWarning("Erasure ledger applied again after a restore: {Volunteers} volunteers erased, {Requests} help requests deleted", volunteers.Count, requests.Count);
    }

    private string TableOf<T>() => store.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;

    private async Task ApplyAsync(Func<IServiceScope, CancellationToken, Task<bool>> stage, string subjectType, Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await stage(scope, ct)) return;
        scope.ServiceProvider.GetRequiredService<IAuditLog>().Record(Actor, "erasure-reapplied", subjectType, id);
        await scope.ServiceProvider.GetRequiredService<IDocumentSession>().SaveChangesAsync(ct);
    }
}
