using Marten;

namespace Bronbank.Web.Storage;

/// <summary>Loads what a feature keeps in memory once the schema is in place, before the instance reports ready.</summary>
public interface ISchemaReadyListener
{
    Task OnSchemaReadyAsync(IQuerySession session, CancellationToken ct);
}
