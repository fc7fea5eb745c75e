using Microsoft.Extensions.Options;

namespace Bronbank.Web.Storage;

/// <summary>
/// Where Bronbank's database is: the configured <c>ConnectionStrings:Bronbank</c>, or else the embedded
/// default cluster, which this object starts on first use and stops when the host is disposed.
/// </summary>
public sealed class DatabaseEndpoint : IAsyncDisposable
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
        return new DatabaseEndpoint(WithTimeout(embedded.ConnectionString(), options.Value), embedded);
    }

    private static string WithTimeout(string connectionString, StorageOptions options) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Timeout = options.ConnectTimeoutSeconds }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null) await _embedded.StopAsync();
    }
}
