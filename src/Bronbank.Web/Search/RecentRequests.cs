using System.Collections.Concurrent;
using Bronbank.Domain.Requests;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Bronbank.Web.Search;

/// <summary>
/// The matching-relevant part of help requests this instance read lately, so that their candidates can
/// still be answered from the index while the database is unreachable. Any change to a request on any
/// instance (a consumer of the change feed) makes it read again here, an erased, redacted or deleted one goes at once,
/// and a newer version is never replaced by an older one; entries expire after half an hour unused.
/// </summary>
public sealed class RecentRequests(IDocumentStore store) : IChangeConsumer, IDisposable
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    // When requests were found deleted or redacted, so a read that began before that cannot put them back.
    private readonly ConcurrentDictionary<Guid, long> _goneAt = new();

    public sealed record Snapshot(string Question, string Neighbourhood, IReadOnlyList<string> Availability, IReadOnlyList<string> Languages, int Version)
        : RequestWords(Question, Neighbourhood, Availability, Languages)
    {
        public static new Snapshot Of(HelpRequest request) =>
            new(request.Question, request.Neighbourhood, [.. request.Availability], [.. request.Languages], request.Version);
    }

    /// <summary>A timestamp to pass to <see cref="Remember"/> for a read starting now.</summary>
    public static long ReadStarted() => System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Keeps what a read found, unless the request has gone since the read began or a newer version is held.</summary>
    public void Remember(HelpRequest request, long readStarted)
    {
        if (_goneAt.TryGetValue(request.Id, out var gone) && gone >= readStarted) return;
        Store(request);
    }

    public string Name => "requests";

    /// <summary>
    /// The change feed saw these requests change: the ones held here are read again, and deleted or
    /// redacted ones are dropped and kept out.
    /// </summary>
    public async Task<int> ApplyAsync(ChangeBatch batch, CancellationToken ct)
    {
        var ids = batch.IdsOf(ChangeTracking.KindOf<HelpRequest>());
        if (ids.Count == 0) return 0;
        await using var session = store.QuerySession();
        var current = (await session.LoadManyAsync<HelpRequest>(ct, ids)).ToDictionary(r => r.Id);
        foreach (var id in ids)
        {
            if (current.TryGetValue(id, out var request) && request.RedactedAt is null)
            {
                if (_cache.TryGetValue(id, out _)) Store(request);
            }
            else
            {
                Forget(id);
            }
        }
        return ids.Count;
    }

    public Snapshot? Find(Guid id) => _cache.TryGetValue(id, out Snapshot? snapshot) ? snapshot : null;

    /// <summary>Drops a request and keeps reads already under way from storing it again.</summary>
    private void Forget(Guid id)
    {
        _goneAt[id] = System.Diagnostics.Stopwatch.GetTimestamp();
        _cache.Remove(id);
        // The marks only matter for reads in flight; drop those older than a minute to keep the table small.
        if (_goneAt.Count > 10_000)
        {
            var old = System.Diagnostics.Stopwatch.GetTimestamp() - System.Diagnostics.Stopwatch.Frequency * 60;
            foreach (var (key, at) in _goneAt) if (at < old) _goneAt.TryRemove(key, out _);
        }
    }

    private void Store(HelpRequest request)
    {
        if (request.RedactedAt is not null) { Forget(request.Id); return; }
        lock (_cache)
        {
            if (_cache.TryGetValue(request.Id, out Snapshot? held) && held!.Version > request.Version) return;
            _cache.Set(request.Id, Snapshot.Of(request),
                new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeepFor });
        }
    }

    public void Dispose() => _cache.Dispose();
}
