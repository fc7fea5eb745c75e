namespace Bronbank.Web.Privacy;

/// <summary>
/// A feature's own retention period, applied by <see cref="RetentionService"/> after the requests' and
/// volunteers' (Signals: closed signals lose their free text). A feature registers its rule in its
/// <c>AddXxx()</c> with <c>services.AddScoped&lt;IRetentionRule, ...&gt;()</c>, so Privacy knows no feature.
/// </summary>
public interface IRetentionRule
{
    /// <summary>Which count of the <see cref="RetentionReport"/> this rule's result is (a name from <see cref="RetentionReport"/>).</summary>
    string ReportedAs { get; }

    /// <summary>Applies the period on the scope's session and saves; returns how many items lost their text.</summary>
    Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct);
}
