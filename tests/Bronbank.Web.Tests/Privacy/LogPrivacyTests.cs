using System.Collections.Concurrent;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bronbank.Web.Tests.Privacy;

/// <summary>A host whose every log line, at every level, is kept for inspection.</summary>
public sealed class CapturingFactory : BronbankFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.ConfigureServices(s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(Lines))));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose() { }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

public sealed class LogPrivacyTests(CapturingFactory factory) : IClassFixture<CapturingFactory>
{
    [Fact]
    public async Task A_full_round_of_use_writes_no_profile_or_request_text_names_email_or_phone_to_the_logs()
    {
        var client = factory.CreateClient();
        var volunteerBody = Samples.Volunteer("Philippa Pseudoniem").With("email", "philippa.geheim@example.nl").With("phone", "06-98765432")
            .With("passions", new[] { "zeldzaamwoordpassie" }).With("about", "Schrijft over haar geheimeherinnering.");
        var volunteer = await client.CreateVolunteerAsync(volunteerBody);
        var request = await client.CreateRequestAsync(Samples.Request("Mw. heeft vertrouwelijkeschuldvraag en zeldzaamwoordpassie."));
        await client.GetAsync($"/api/v1/requests/{request}/candidates");
        var match = await client.ProposeAsync(request, volunteer);
        await client.PostJsonAsync($"/api/v1/matches/{match}/notes", new { text = "belde met Philippa over notitiegeheim" });
        await client.ConfirmAsync(match);
        await client.PostJsonAsync("/api/v1/volunteers", volunteerBody.With("maxMatches", "Philippa"));
        await client.PostRawAsync("/api/v1/volunteers", "{\"name\":\"Philippa Pseudoniem\",\"email\":");
        await client.PutAsJsonAsync($"/api/v1/volunteers/{volunteer}", volunteerBody.With("neighbourhood", "Philippa-stad"));
        await client.GetAsync($"/api/v1/volunteers/{volunteer}/export");
        await client.DeleteAsync($"/api/v1/volunteers/{volunteer}");
        await Task.Delay(500);

        var log = string.Join("\n", factory.Lines);
        log.Should().NotBeEmpty();
        foreach (var secret in new[] { "Philippa", "Pseudoniem", "philippa.geheim", "98765432", "zeldzaamwoordpassie", "geheimeherinnering", "vertrouwelijkeschuldvraag", "notitiegeheim" })
            log.Should().NotContain(secret);
    }
}
