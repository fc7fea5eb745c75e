using System.Collections.Concurrent;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Bronbank.Web.Tests.Insights;

/// <summary>
/// Records every SELECT that Marten sends for a session opened while serving an HTTP request (background
/// work such as the index sync is left out), with its parameters, so a test can run each one again on its own
/// connection and count the rows PostgreSQL returns for it.
/// </summary>
public sealed class QueryRecorder : IMartenLogger
{
    private static readonly HttpContextAccessor Http = new();
    private readonly ConcurrentQueue<(string Sql, NpgsqlParameter[] Parameters)> _queries = new();

    public int Count => _queries.Count;

    public void Clear() => _queries.Clear();

    public IMartenSessionLogger StartSession(IQuerySession session) => Http.HttpContext is null ? Ignore.Instance : new Session(this);

    public void SchemaChange(string sql) { }

    /// <summary>The most rows any recorded query returns, run again now.</summary>
    public async Task<int> MostRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var most = 0;
        foreach (var (sql, parameters) in _queries)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var p in parameters) command.Parameters.Add(p.Clone());
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync()) rows++;
            most = Math.Max(most, rows);
        }
        return most;
    }

    private void Record(string sql, NpgsqlParameterCollection parameters)
    {
        var text = sql.TrimStart();
        if (text.StartsWith("select", StringComparison.OrdinalIgnoreCase) || text.StartsWith("with", StringComparison.OrdinalIgnoreCase))
            _queries.Enqueue((sql, [.. parameters.Select(p => p.Clone())]));
    }

    private sealed class Session(QueryRecorder recorder) : Ignore
    {
        public override void LogSuccess(NpgsqlCommand command) => recorder.Record(command.CommandText, command.Parameters);

        public override void LogSuccess(NpgsqlBatch batch)
        {
            foreach (NpgsqlBatchCommand command in batch.BatchCommands) recorder.Record(command.CommandText, command.Parameters);
        }
    }

    private class Ignore : IMartenSessionLogger
    {
        public static readonly Ignore Instance = new();

        public virtual void LogSuccess(NpgsqlCommand command) { }

        public virtual void LogSuccess(NpgsqlBatch batch) { }

        public void LogFailure(NpgsqlCommand command, Exception ex) { }

        public void LogFailure(NpgsqlBatch batch, Exception ex) { }

        public void LogFailure(Exception ex, string message) { }

        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

        public void OnBeforeExecute(NpgsqlCommand command) { }

        public void OnBeforeExecute(NpgsqlBatch batch) { }
    }
}
