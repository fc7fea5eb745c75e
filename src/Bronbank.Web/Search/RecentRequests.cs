using System.Collections.Concurrent;
using Bronbank.Domain.Requests;
using Microsoft.Extensions.Caching.Memory;

namespace Bronbank.Web.Search;

/// <summary>
/// The matching-relevant part of help requests this instance read lately, so that their candidates can
/// still be answered from the index while the database is unreachable. Any change to a request on any
/// instance (the change feed) drops it here, an erasure included; entries expire after half an hour unused.
/// </summary>
public sealed class RecentRequests : IDisposable
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    // When each request was last forgotten, so a read that began before a change cannot put the old state back.
    private readonly ConcurrentDictionary<Guid, long> _forgottenAt = new();

    public sealed record Snapshot(string Question, string Neighbourhood, IReadOnlyList<string> Availability, IReadOnlyList<string> Languages);

    /// <summary>A timestamp to pass to <see cref="Remember"/> for a read starting now.</summary>
    public static long ReadStarted() => System.Diagnostics.Stopwatch.GetTimestamp();

    public void Remember(HelpRequest request, long readStarted)
    {
        if (request.RedactedAt is not null) return;
        if (_forgottenAt.TryGetValue(request.Id, out var forgotten) && forgotten >= readStarted) return;
        _cache.Set(request.Id, new Snapshot(request.Question, request.Neighbourhood, [.. request.Availability], [.. request.Languages]),
            new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeepFor });
    }

    public Snapshot? Find(Guid id) => _cache.TryGetValue(id, out Snapshot? snapshot) ? snapshot : null;

    public void Forget(Guid id)
    {
        _forgottenAt[id] = System.Diagnostics.Stopwatch.GetTimestamp();
        _cache.Remove(id);
        // The marks only matter for reads in flight; drop those older than a minute to keep the table small.
        if (_forgottenAt.Count > 10_000)
        {
            var old = System.Diagnostics.Stopwatch.GetTimestamp() - System.Diagnostics.Stopwatch.Frequency * 60;
            foreach (var (key, at) in _forgottenAt) if (at < old) _forgottenAt.TryRemove(key, out _);
        }
    }

    public void Dispose() => _cache.Dispose();
}
