using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bronbank.Web.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Bronbank.Web.Tests.Fuzz;

/// <summary>
/// Property: whatever arrives at a write endpoint — malformed or deeply nested JSON, wrong types, huge
/// strings and arrays, invalid UTF-8, control characters, Lucene and SQL syntax, path tricks, wrong
/// content types, oversized bodies — the answer is a success or a 4xx problem+json, never a 500, and a
/// refused request changes nothing in the database. FsCheck generates the requests; every write endpoint
/// the application maps is a target, found from its own endpoint list.
/// </summary>
/// <remarks>
/// Over real HTTP to Kestrel on 127.0.0.1, so that what the server's own request parsing refuses (a NUL in
/// the path, a malformed request line) is part of the test, as it would be in production.
/// </remarks>
public sealed class WriteEndpointFuzzTests(Browser.KestrelFactory factory, ITestOutputHelper output) : IClassFixture<Browser.KestrelFactory>
{
    private const int Cases = 10_000;

    public sealed record FuzzCase(string Method, string Path, byte[]? Body, string? ContentType, string Kind)
    {
        public override string ToString() =>
            $"{Method} {Path[..Math.Min(Path.Length, 200)]} [{Kind}, {ContentType ?? "no content type"}, {Body?.Length ?? 0} bytes: " +
            $"{(Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300)))}]";
    }

    [Fact]
    public async Task Every_write_endpoint_answers_hostile_input_with_a_success_or_a_4xx_problem_and_never_writes_half()
    {
        using var client = new HttpClient { BaseAddress = new Uri("http://" + factory.HostAndPort()), Timeout = TimeSpan.FromSeconds(60) }.WithKey(TestAuth.BootstrapKey);
        var ids = await SeedAsync(client);
        var endpoints = WriteEndpoints();
        endpoints.Should().Contain(e => e.Pattern == "/api/v1/volunteers/" || e.Pattern == "/api/v1/volunteers", "the endpoint list was found");
        var snapshot = await Snapshot.PrepareAsync(factory.ConnectionString, factory.Schema);

        var tried = 0;
        var statuses = new ConcurrentDictionary<int, int>();
        string? known = null; // the database state after the last request, when nothing changed since
        var property = Prop.ForAll(Generator(endpoints, ids).ToArbitrary(), (FuzzCase c) => Task.Run(async () =>
        {
            var before = known ?? await snapshot.TakeAsync();
            HttpResponseMessage response;
            try
            {
                response = await SendAsync(client, c);
            }
            catch (HttpRequestException e) when (c.Body?.Length > 64 * 1024 && e.InnerException is IOException)
            {
                // The server answered before the client finished uploading megabytes it will not read, and closed
                // the connection; the client sees a broken pipe instead of the answer. Still nothing may change.
                Interlocked.Increment(ref tried);
                statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                (await snapshot.TakeAsync()).Should().Be(before, $"a refused request changes nothing: {c}");
                known = before;
                return;
            }
            using var _ = response;
            Interlocked.Increment(ref tried);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            var status = (int)response.StatusCode;
            status.Should().BeLessThan(500, $"no input is a server error: {c}");
            if (status >= 400)
            {
                if (c.Path.StartsWith("/api", StringComparison.Ordinal))
                    response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", $"a refusal explains itself: {c}");
                var after = await snapshot.TakeAsync();
                after.Should().Be(before, $"a refused request changes nothing: {c}");
                known = after;
            }
            else
            {
                known = null;
            }
        }).GetAwaiter().GetResult());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), property);

        var summary = $"Fuzz: {tried} generated requests to {endpoints.Count} write endpoints; answers (0 = connection closed after refusing a large upload early): " +
                      string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        output.WriteLine(summary);
        Console.WriteLine(summary);
        tried.Should().BeGreaterThanOrEqualTo(Cases);
        statuses.Keys.Should().Contain(k => k < 300, "some generated requests are valid and succeed");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "the service stays healthy");
        (await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Na de fuzz"))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, FuzzCase c)
    {
        var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
        if (c.Body is not null)
        {
            // A server that refuses a body without reading it closes the connection afterwards; a fresh
            // connection per request keeps that from surfacing as a broken reuse in the next case.
            request.Headers.ConnectionClose = true;
            request.Content = new ByteArrayContent(c.Body);
            request.Content.Headers.ContentType = null;
            if (c.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
        }
        return await client.SendAsync(request);
    }

    public sealed record Endpoint(string Method, string Pattern);

    private List<Endpoint> WriteEndpoints() =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => new Endpoint(m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct(),
    ];

    private sealed record SeededIds(Guid Volunteer, Guid Request, Guid Match, Guid User, Guid Key, Guid Signal, Guid Buurthuis, Guid Activity);

    private static async Task<SeededIds> SeedAsync(HttpClient client)
    {
        var volunteer = await client.CreateVolunteerAsync(Samples.Volunteer("Fuzz Vrijwilliger"));
        var request = await client.CreateRequestAsync();
        var match = (await (await client.PostJsonAsync("/api/v1/matches", new { volunteerId = volunteer, requestId = request })).ReadObjectAsync())["id"]!.GetValue<Guid>();
        var user = (await (await client.PostJsonAsync("/api/v1/users", new { email = "fuzz@example.nl", name = "Fuzz", roles = new[] { "staff" } })).ReadObjectAsync())["id"]!.GetValue<Guid>();
        var key = (await (await client.PostJsonAsync($"/api/v1/users/{user}/api-keys", new { name = "fuzz" })).ReadObjectAsync())["id"]!.GetValue<Guid>();
        var signal = (await (await client.PostJsonAsync("/api/v1/signals", new { kind = "geldzorgen", area = "Zuilen", owner = user, followUpOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") }))
            .ReadObjectAsync())["id"]!.GetValue<Guid>();
        var buurthuis = await client.EnsureBuurthuisAsync("Fuzz Buurthuis");
        var activity = await client.CreateActivityAsync(ActivitySamples.Activity(buurthuis));
        return new SeededIds(volunteer, request, match, user, key, signal, buurthuis, activity);
    }

    // ---- generators -------------------------------------------------------------------------------------

    private static readonly string[] FieldNames =
    [
        "name", "neighbourhood", "buurthuis", "passions", "talents", "about", "availability", "languages", "maxMatches", "active",
        "email", "phone", "consent", "question", "residentRef", "volunteerId", "requestId", "reason", "note", "text", "roles",
        "password", "buurthuizen", "areas", "lat", "lon", "wijk", "disabled", "__proto__", "$type", "", "naam",
        "area", "themes", "referredTo", "outcome", "date", "activityId", "organisations", "birthDate", "kind", "owner", "followUpOn", "theme",
        "address", "openingNotes", "openDayParts", "title", "organisation", "buurthuisId", "schedule", "weekday", "start", "end", "recurrence",
        "weekOfMonth", "from", "until", "targetGroups", "description", "contact",
    ];

    private static readonly string[] Hostile =
    [
        "title:(foo AND bar~2)^3", "*", "?", "\\", "\"", "+-&&||!(){}[]^\"~*?:\\/", "'; drop table volunteers; --", "' or 1=1 --",
        "../../etc/passwd", "%00", "\u0000", "\u0000\u0001\u001f", "\t\r\n", "\u202e\u200b", "😀🙈", "\ud800", "<script>alert(1)</script>",
        "${jndi:ldap://x}", "{{7*7}}", "NaN", "null", "true", "-0", "1e309", "Zuilen", "zuilen", "ZUILEN ", "di-ochtend", "zz-nacht", "nl", "xx",
        "gerrit@example.nl", "not-an-email", "06-12345678", "+31 (0)6 1234", "staff", "admin", "coordinator", "board", "god",
        "geld en schulden", "doorverwezen", "De Geldzaak", "eenzaamheid",
    ];

    private static Gen<string> Text() => Gen.Frequency(
        (6, Gen.Elements(Hostile)),
        (3, Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => new string(cs))),
        (1, Gen.Elements(200, 2001, 100_000).Select(n => new string('x', n))));

    private static Gen<string> Json(SeededIds ids, int depth)
    {
        var scalar = Gen.OneOf(
            Text().Select(JsonString),
            Gen.Elements("0", "1", "-1", "10", "11", "2147483648", "1e309", "1.5", "-0", "true", "false", "null", "\"\""),
            Gen.Elements(ids.Volunteer, ids.Request, ids.Match, ids.User, ids.Key, ids.Signal, ids.Buurthuis, ids.Activity, Guid.Empty, Guid.NewGuid()).Select(g => $"\"{g}\""));
        if (depth <= 0) return scalar;
        var inner = Json(ids, depth - 1);
        return Gen.Frequency(
            (5, scalar),
            (2, SmallList(inner).Select(items => "[" + string.Join(",", items) + "]")),
            (3, Object(ids, inner)));
    }

    private static Gen<List<string>> SmallList(Gen<string> item) => Gen.Choose(0, 6).SelectMany(n => Gen.ListOf(item, n)).Select(l => l.ToList());

    private static Gen<string> Object(SeededIds ids, Gen<string> value) =>
        Gen.Choose(0, 8).SelectMany(n => Gen.ListOf(Gen.Zip(Gen.Elements(FieldNames), value), n)).Select(pairs => "{" + string.Join(",", pairs.Select(p => JsonString(p.Item1) + ":" + p.Item2)) + "}");

    /// <summary>A valid request body for the endpoint, now and then, so that the valid paths are exercised too.</summary>
    private static Gen<string> Plausible(SeededIds ids) => Gen.Elements(
        JsonSerializer.Serialize(Samples.Volunteer("Fuzz Geldig")),
        JsonSerializer.Serialize(Samples.Request("Wie wil er met meneer schaken?")),
        JsonSerializer.Serialize(new { volunteerId = ids.Volunteer, requestId = ids.Request }),
        JsonSerializer.Serialize(new { text = "Eerste kennismaking ging goed.", reason = "past niet" }),
        JsonSerializer.Serialize(new { email = $"fuzz-{Guid.NewGuid():N}@example.nl", name = "Fuzz Gebruiker", roles = new[] { "coordinator" } }),
        JsonSerializer.Serialize(new { name = "sleutel" }),
        JsonSerializer.Serialize(Samples.Visit("Zuilen", "geld en schulden", "taal")),
        JsonSerializer.Serialize(Samples.Visit("Ondiep").With("requestId", ids.Request).With("outcome", "hulpvraag voor vrijwilliger")),
        JsonSerializer.Serialize(new { kind = "eenzaamheid", area = "Zuilen", residentRef = "BT-1", note = "Komt de deur niet meer uit.", owner = ids.User, followUpOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") }),
        JsonSerializer.Serialize(new { outcome = "contact gelegd", question = "Mevrouw zoekt gezelschap op dinsdag.", theme = "taal" }),
        JsonSerializer.Serialize(new { name = "Fuzz Buurthuis", area = "Zuilen", address = "Fuzzplein 1", openDayParts = new[] { "di-ochtend" } }),
        JsonSerializer.Serialize(ActivitySamples.Activity(ids.Buurthuis, "Fuzz Huiskamer")),
        JsonSerializer.Serialize(ActivitySamples.Activity(ids.Buurthuis, "Fuzz spreekuur").With("kind", "spreekuur")
            .With("schedule", new { weekday = "do", start = "09:00", end = "10:00", recurrence = "monthly", weekOfMonth = -1 })));

    // Made once: building megabytes per case would cost more than sending them.
    private static readonly byte[][] HugeArrays = [.. new[] { 10_000, 100_000 }.Select(n => Encoding.UTF8.GetBytes("{\"passions\":[" + string.Join(",", Enumerable.Repeat("\"a\"", n)) + "]}"))];
    private static readonly byte[][] DeepArrays = [.. new[] { 64, 65, 1000, 20_000 }.Select(d => Encoding.UTF8.GetBytes(new string('[', d) + new string(']', d)))];
    private static readonly byte[][] DeepObjects = [.. new[] { 64, 300 }.Select(d => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"name\":", d)) + "1" + new string('}', d)))];
    private static readonly byte[] Oversized = Encoding.UTF8.GetBytes("[" + new string(' ', 3 * 1024 * 1024) + "]");

    private static Gen<(byte[]? Body, string Kind)> Body(SeededIds ids) => Gen.Frequency(
        (4, Json(ids, 3).Select(j => ((byte[]?)Encoding.UTF8.GetBytes(j), "generated JSON"))),
        (2, Plausible(ids).Select(j => ((byte[]?)Encoding.UTF8.GetBytes(j), "valid JSON"))),
        (1, Gen.Elements(HugeArrays).Select(b => ((byte[]?)b, "huge array"))),
        (1, Gen.Elements(DeepArrays).Select(b => ((byte[]?)b, "deep arrays"))),
        (1, Gen.Elements(DeepObjects).Select(b => ((byte[]?)b, "deep objects"))),
        (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => ((byte[]?)b, "random bytes"))),
        (1, Gen.Elements<byte[]>([0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D], [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], [0xFE, 0xFF, 0x00, 0x7B])
            .Select(b => ((byte[]?)b, "invalid UTF-8"))),
        (1, Plausible(ids).SelectMany(j => Gen.Choose(0, j.Length - 1).Select(n => ((byte[]?)Encoding.UTF8.GetBytes(j[..n]), "truncated JSON")))),
        (1, Gen.Elements(Hostile).Select(t => ((byte[]?)Encoding.UTF8.GetBytes(t), "raw text"))),
        (1, Gen.Constant(((byte[]?)Oversized, "oversized body"))),
        (1, Gen.Constant(((byte[]?)Encoding.UTF8.GetBytes("naam;wijk\nPiet;Zuilen\n\"open"), "CSV"))),
        (1, Gen.Constant(((byte[]?)null, "no body"))));

    private static readonly string?[] ContentTypes =
    [
        "application/json", "application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "text/csv", "application/x-www-form-urlencoded", "", "garbage/../x", null,
    ];

    private static Gen<string> Segment(SeededIds ids) => Gen.Frequency(
        (6, Gen.Elements(ids.Volunteer, ids.Request, ids.Match, ids.User, ids.Key, ids.Signal, ids.Buurthuis, ids.Activity).Select(g => g.ToString())),
        (2, Gen.Fresh(() => Guid.NewGuid().ToString())),
        (3, Gen.Elements("not-a-guid", "..", "%2e%2e%2fadmin", "%00", "%ZZ", "'%20or%201=1%20--", "😀", "00000000-0000-0000-0000-000000000000",
            Uri.EscapeDataString("../../etc/passwd"), new string('9', 5000), "%2F", " ", "{id}")));

    private static Gen<FuzzCase> Generator(List<Endpoint> endpoints, SeededIds ids) =>
        from endpoint in Gen.Elements(endpoints.ToArray())
        from segments in Gen.ArrayOf(Segment(ids), 4)
        from query in Gen.Elements("", "", "", "?dryRun=true", "?dryRun=maybe", "?limit=-1", "?engine=%27", "?x=" + new string('a', 3000))
        from body in Body(ids)
        from contentType in Gen.Elements(ContentTypes)
        select new FuzzCase(endpoint.Method, Fill(endpoint.Pattern, segments) + query, body.Body, body.Body is null ? null : contentType, body.Kind);

    private static string Fill(string pattern, string[] segments)
    {
        var i = 0;
        return System.Text.RegularExpressions.Regex.Replace(pattern, "\\{[^}]+\\}", _ => segments[i++ % segments.Length]);
    }

    private static string JsonString(string s) => JsonSerializer.Serialize(s);

    /// <summary>A fingerprint of everything a write can touch: rows and last change of every document table, events, change feed.</summary>
    private sealed class Snapshot(string connectionString, string sql)
    {
        public static async Task<Snapshot> PrepareAsync(string connectionString, string schema)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var tables = new NpgsqlCommand(
                "select table_name from information_schema.tables where table_schema = @s and (table_name like 'mt_doc_%' or table_name in ('mt_events', 'mt_streams', 'bronbank_changes'))" +
                " and table_name <> 'mt_doc_auditentry' order by table_name", connection);
            tables.Parameters.AddWithValue("s", schema);
            var parts = new List<string>();
            await using (var reader = await tables.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var table = reader.GetString(0);
                    var stamp = table.StartsWith("mt_doc_", StringComparison.Ordinal) ? "max(mt_last_modified)::text || '/' || max(mt_version::text)" : "''";
                    parts.Add($"(select '{table}:' || count(*) || ':' || coalesce({stamp}, '') from {schema}.{table})");
                }
            }
            parts.Should().Contain(p => p.Contains("mt_doc_volunteer", StringComparison.Ordinal));
            return new Snapshot(connectionString, "select " + string.Join(" || ' ' || ", parts));
        }

        public async Task<string> TakeAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return (string)(await command.ExecuteScalarAsync())!;
        }
    }
}
