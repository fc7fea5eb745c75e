using System.Text.Json;
using Bronbank.Domain.Areas;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Areas;

/// <summary>
/// The areas in force: an admin's upload stored in the database when there is one, else the configured
/// file. Held in memory because every write and every ranking needs them.
/// </summary>
public sealed class AreaDirectory(IOptions<AreaOptions> options, IHostEnvironment environment, ILogger<AreaDirectory> logger) : ISchemaReadyListener
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private AreaCatalog? _current;

    public event Action<AreaCatalog>? Changed;

    public AreaCatalog Current => _current ??= new AreaCatalog(LoadFile());

    public IReadOnlyList<Area> LoadFile()
    {
        var path = Path.IsPathRooted(options.Value.File) ? options.Value.File : Path.Combine(environment.ContentRootPath, options.Value.File);
        if (!System.IO.File.Exists(path)) path = Path.Combine(AppContext.BaseDirectory, options.Value.File);
        using var stream = System.IO.File.OpenRead(path);
        var areas = JsonSerializer.Deserialize<List<Area>>(stream, Json) ?? [];
        var errors = AreaCatalog.Validate(areas);
        if (errors.Count > 0) throw new InvalidDataException($"Area file {path} is invalid: {string.Join("; ", errors.SelectMany(e => e.Value))}");
        return areas;
    }

    /// <summary>Picks up an admin's upload from the database, if any (at start and when another instance changed it).</summary>
    public async Task ReloadAsync(IQuerySession session, CancellationToken ct)
    {
        var stored = await session.LoadAsync<StoredAreas>(StoredAreas.CurrentId, ct);
        Set(stored is { Areas.Count: > 0 } ? new AreaCatalog(stored.Areas) : new AreaCatalog(LoadFile()));
    }

    public Task OnSchemaReadyAsync(IQuerySession session, CancellationToken ct) => ReloadAsync(session, ct);

    public async Task ReplaceAsync(IDocumentSession session, IReadOnlyList<Area> areas, CancellationToken ct)
    {
        session.Store(new StoredAreas { Areas = [.. areas], UpdatedAt = DateTimeOffset.UtcNow });
        await session.SaveChangesAsync(ct);
        Set(new AreaCatalog(areas));
        logger.LogInformation("Areas replaced: {Count} areas", areas.Count);
    }

    private void Set(AreaCatalog catalog)
    {
        _current = catalog;
        Changed?.Invoke(catalog);
    }
}
