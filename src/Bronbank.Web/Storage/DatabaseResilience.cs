using System.Net.Sockets;
using Npgsql;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Bronbank.Web.Storage;

/// <summary>
/// Which failures mean "the database is away for now" (retry, then answer 503), as opposed to bugs
/// or constraint violations, which must never be retried.
/// </summary>
public static class DatabaseResilience
{
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                case SocketException:
                case TimeoutException:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }: // shutdown, crash, starting up, too many connections
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// After the server restarted, every idle pooled connection is dead and would fail once more;
    /// dropping them makes the next attempt open a fresh one.
    /// </summary>
    public static void ForgetBrokenConnections() => NpgsqlConnection.ClearAllPools();

    /// <summary>Marten's pipeline for reads: two quick retries inside a breaker, so a dead database fails fast.</summary>
    public static void Configure(ResiliencePipelineBuilder builder)
    {
        var handled = new PredicateBuilder().Handle<Exception>(e => IsUnavailable(e) && e is not BrokenCircuitException);
        // The breaker sits outside the retry, so it counts requests that failed after their retries,
        // not the single stale connection a retry already mended.
        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = handled,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(5),
                BreakDuration = TimeSpan.FromSeconds(1),
            })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = handled,
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(100),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = _ => { ForgetBrokenConnections(); return ValueTask.CompletedTask; },
            });
    }

    /// <summary>Start-up: keep trying with bounded backoff while the database comes up.</summary>
    public static ResiliencePipeline StartupPipeline(int maxAttempts) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsUnavailable),
            MaxRetryAttempts = maxAttempts,
            Delay = TimeSpan.FromMilliseconds(250),
            MaxDelay = TimeSpan.FromSeconds(5),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();
}
