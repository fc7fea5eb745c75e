namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>
/// Tests that measure wall time (a write failing within a second while the database is down, writes
/// acknowledged around a kill -9) run alone, after the parallel classes: the fuzz tests' thousands of
/// requests in the same process would otherwise starve the thread pool and make the clock lie.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing-sensitive";
}
