using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Privacy;
using Microsoft.AspNetCore.Hosting;

namespace Bronbank.Web.Tests.Signals;

public sealed class SignalRetentionFactory : RetentionFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bronbank:Retention:ClosedSignalDays", "30");
    }
}

public sealed class SignalRetentionTests(SignalRetentionFactory factory) : IClassFixture<SignalRetentionFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Closed_signals_lose_note_notes_and_reference_after_the_configured_days_but_still_count()
    {
        factory.Clock.Offset = TimeSpan.Zero;
        var (_, owner) = await factory.ClientAsAsync(["coordinator"]);
        async Task<Guid> SignalAsync(string kind) => (await (await _client.PostJsonAsync("/api/v1/signals", new Dictionary<string, object?>
        {
            ["kind"] = kind, ["area"] = "Lunetten", ["residentRef"] = "WT-77", ["note"] = "Rekeningen stapelen zich op bij de voordeur.",
            ["owner"] = owner, ["followUpOn"] = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(factory.Clock.GetUtcNow().UtcDateTime, "Europe/Amsterdam")).AddDays(3).ToString("yyyy-MM-dd"),
        })).ReadObjectAsync())["id"]!.GetValue<Guid>();

        var closedEarly = await SignalAsync("geldzorgen");
        (await _client.PostJsonAsync($"/api/v1/signals/{closedEarly}/notes", new { text = "Doorverwezen naar De Geldzaak." })).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync($"/api/v1/signals/{closedEarly}/close", new { outcome = "doorverwezen" })).EnsureSuccessStatusCode();
        var stillOpen = await SignalAsync("geldzorgen");

        factory.Clock.Offset = TimeSpan.FromDays(20);
        var closedLater = await SignalAsync("eenzaamheid");
        (await _client.PostJsonAsync($"/api/v1/signals/{closedLater}/close", new { outcome = "contact gelegd" })).EnsureSuccessStatusCode();

        factory.Clock.Offset = TimeSpan.FromDays(31);
        var report = await (await _client.PostAsync("/api/v1/retention/run", null)).ReadObjectAsync();
        report["signalsRedacted"]!.GetValue<int>().Should().Be(1);

        var redacted = await _client.GetObjectAsync($"/api/v1/signals/{closedEarly}");
        redacted["note"].Should().BeNull();
        redacted["residentRef"].Should().BeNull();
        redacted["notes"]!.AsArray().Should().OnlyContain(n => n!["text"] == null);
        redacted["redactedAt"].Should().NotBeNull();
        redacted.ToJsonString().Should().NotContain("Rekeningen").And.NotContain("Geldzaak").And.NotContain("WT-77");
        (await _client.GetObjectAsync($"/api/v1/signals/{stillOpen}"))["note"]!.GetValue<string>().Should().Contain("Rekeningen", "open signals are kept");
        (await _client.GetObjectAsync($"/api/v1/signals/{closedLater}"))["residentRef"]!.GetValue<string>().Should().Be("WT-77", "closed only 11 days ago");

        var counts = System.Text.Json.Nodes.JsonNode.Parse(await _client.GetStringAsync("/api/v1/signals/counts"))!.AsArray();
        counts.Should().Contain(c => c!["area"]!.GetValue<string>() == "Lunetten" && c["kind"]!.GetValue<string>() == "geldzorgen"
            && c["outcome"]!.GetValue<string>() == "doorverwezen" && c["count"]!.GetValue<int>() == 1, "the counts stay");

        // The insights page counts them per area and kind, still, and shows nothing else of them.
        var insights = System.Text.RegularExpressions.Regex.Replace(await _client.GetStringAsync("/inzichten?Gebied=Lunetten"), @">\s+<", "><");
        var kinds = new[] { "eenzaamheid", "geldzorgen", "mantelzorg overbelast", "gezondheid", "veiligheid thuis", "anders" };
        // The signals' own table: the areas table above it lists every area too, Lunetten among them.
        var signalTable = insights[insights.IndexOf("id=\"signalen-per-gebied\"", StringComparison.Ordinal)..];
        var row = System.Text.RegularExpressions.Regex.Match(signalTable, "<th[^>]*scope=\"row\">Lunetten</th>(.*?)</tr>").Groups[1].Value;
        System.Text.RegularExpressions.Regex.Matches(row, "<td[^>]*>(\\d+)</td>").Select(m => m.Groups[1].Value).Should()
            .Equal(kinds.Select(k => k switch { "geldzorgen" => "2", "eenzaamheid" => "1", _ => "0" }).Append("3"), "two money worries and one lonely resident, closed or not");
        insights.Should().NotContain("WT-77").And.NotContain("Rekeningen");

        factory.Clock.Offset = TimeSpan.FromDays(60);
        (await (await _client.PostAsync("/api/v1/retention/run", null)).ReadObjectAsync())["signalsRedacted"]!.GetValue<int>().Should().Be(1, "only the later one is newly past");
    }
}
