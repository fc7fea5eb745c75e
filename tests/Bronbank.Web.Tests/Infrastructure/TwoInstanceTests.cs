using System.Diagnostics;

namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>
/// Two instances on one database, each with its own index folder, as replicas run: <see cref="A"/> on a
/// schema of its own, <see cref="B"/> on A's. A test class that derives from this gets a fresh pair for every test.
/// </summary>
public abstract class TwoInstanceTests : IAsyncLifetime
{
    protected BronbankFactory A { get; } = new();
    protected ReplicaFactory? B { get; private set; }
    protected HttpClient ClientA { get; private set; } = null!;
    protected HttpClient ClientB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = new ReplicaFactory(A.Schema);
        await B.InitializeAsync();
        ClientA = A.CreateClient();
        ClientB = B.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
    }

    /// <summary>Polls until the condition holds; fails when it takes longer than the two seconds replicas promise.</summary>
    protected static async Task ConvergesAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), what);
            await Task.Delay(50);
        }
    }
}
