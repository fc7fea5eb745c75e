namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>Real time plus an offset a test can move forward, to see what happens a year later.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
