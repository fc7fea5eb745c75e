using Marten;
using Marten.Services;
using Npgsql;

namespace Bronbank.Web.Storage;

/// <summary>
/// Marten's default logger writes failing SQL with its parameter values — profile JSON, names, e-mail.
/// This one logs that a command failed and why (the exception type and SQLSTATE), never the data.
/// </summary>
internal sealed class QuietMartenLogger(ILogger<QuietMartenLogger> logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Database schema changed");

    public void LogSuccess(NpgsqlCommand command) { }

    public void LogSuccess(NpgsqlBatch batch) { }

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failed(ex);

    public void LogFailure(NpgsqlBatch batch, Exception ex) => Failed(ex);

    public void LogFailure(Exception ex, string message) => Failed(ex);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    private void Failed(Exception ex) =>
        logger.LogWarning("Database command failed: {Exception} {SqlState}", ex.GetType().Name, (ex as PostgresException)?.SqlState ?? (ex.InnerException as PostgresException)?.SqlState);
}
