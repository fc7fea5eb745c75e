using Microsoft.Extensions.Options;

namespace Bronbank.Web.Storage;

/// <summary>
/// Where Bronbank's database is: the configured <c>ConnectionStrings:Bronbank</c>, or else the embedded
/// default cluster, which this object starts on first use and, if it started it, stops when the host is disposed.
/// </summary>
public sealed class DatabaseEndpoint : IAsyncDisposable, IDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private DatabaseEndpoint(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }

    public bool IsEmbedded => _embedded is not null;

    public static DatabaseEndpoint Resolve(IConfiguration configuration, IOptions<StorageOptions> options, ILogger<DatabaseEndpoint> logger)
    {
        var configured = configuration.GetConnectionString("Bronbank");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseEndpoint(WithTimeout(configured, options.Value), null);
        }

        var directory = options.Value.EmbeddedDataDirectory ?? StorageOptions.DefaultEmbeddedDataDirectory();
        logger.LogInformation("No connection string configured; starting the embedded PostgreSQL cluster in {DataDirectory}", directory);
        // Runs once while the container builds the document store, before the host serves anything.
        var embedded = EmbeddedPostgres.StartAsync(directory).GetAwaiter().GetResult();
        if (!embedded.StartedHere)
        {
            logger.LogWarning("The embedded PostgreSQL cluster in {DataDirectory} was already running (another Bronbank instance, or one that was killed, started it); " +
                "this instance uses it and leaves it running when it stops", directory);
        }
        return new DatabaseEndpoint(WithTimeout(embedded.ConnectionString(), options.Value), embedded);
    }

    private static string WithTimeout(string connectionString, StorageOptions options) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Timeout = options.ConnectTimeoutSeconds }.ConnectionString;

    /// <summary>
    /// Stops the embedded cluster if this instance started it, never one it joined: another instance on the
    /// same data directory may still be using it. Safe to call more than once.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_embedded is { StartedHere: true } && Interlocked.Exchange(ref _stopped, 1) == 0) await _embedded.StopAsync();
    }

    private int _stopped;

    // Some hosts (the test server among them) dispose their services synchronously.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
