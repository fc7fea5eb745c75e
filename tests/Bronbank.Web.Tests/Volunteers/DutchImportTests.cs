using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

/// <summary>What Dutch offices produce: ";" or "," from the file, UTF-8 with or without BOM or Windows-1252, Dutch column names, no key column.</summary>
public sealed class DutchImportTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    static DutchImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private async Task<System.Text.Json.Nodes.JsonObject> ImportAsync(byte[] file, bool dryRun = false)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await _client.PostAsync($"/api/v1/volunteers/import?dryRun={dryRun.ToString().ToLowerInvariant()}", content);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }

    private async Task<System.Text.Json.Nodes.JsonObject?> FindAsync(string area, string name) =>
        (await _client.GetObjectAsync($"/api/v1/volunteers?pageSize=100&neighbourhood={area}"))["items"]!.AsArray()
            .Select(v => v!.AsObject()).SingleOrDefault(v => v["name"]!.GetValue<string>() == name);

    public static TheoryData<string, string> Encodings() => new()
    {
        { "windows-1252", ";" }, { "utf-8-bom", ";" }, { "utf-8", "," },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_file_with_dutch_headers_imports_in_its_encoding_and_separator(string encoding, string separator)
    {
        var text = $"Naam{separator}Wijk{separator}Passies{separator}Talen{separator}E-mailadres{separator}Toestemming koppelen\r\n" +
                   $"Zoë Café {encoding}{separator}Lunetten{separator}\"koken, bakken\"{separator}Nederlands{separator}zoe-{encoding}@example.nl{separator}ja\r\n";
        if (separator == ",") text = text.Replace("\"koken, bakken\"", "koken;bakken", StringComparison.Ordinal);
        var bytes = encoding switch
        {
            "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        var report = await ImportAsync(bytes);
        report["rejected"]!.AsArray().Should().BeEmpty();
        report["created"]!.GetValue<int>().Should().Be(1);
        var zoe = await FindAsync("Lunetten", $"Zoë Café {encoding}");
        zoe.Should().NotBeNull("the name arrives with its accents");
        zoe!["passions"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("koken", "bakken");
        zoe["languages"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("nl");
        zoe["consent"]!["matching"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Without_a_key_column_the_e_mail_or_name_and_neighbourhood_identify_a_re_import()
    {
        const string file = "naam;buurt;passies;e-mail\r\nEmma Mail;Hoograven;zingen;emma@example.nl\r\nNoor Naam;Hoograven;dansen;\r\n";
        (await ImportAsync(Encoding.UTF8.GetBytes(file)))["created"]!.GetValue<int>().Should().Be(2);
        var again = await ImportAsync(Encoding.UTF8.GetBytes(file.Replace("zingen", "zingen in een koor", StringComparison.Ordinal).Replace("dansen", "stijldansen", StringComparison.Ordinal)));
        again["created"]!.GetValue<int>().Should().Be(0);
        again["updated"]!.GetValue<int>().Should().Be(2);
        (await FindAsync("Hoograven", "Emma Mail"))!["passions"]!.AsArray().Single()!.GetValue<string>().Should().Be("zingen in een koor");
        (await FindAsync("Hoograven", "Noor Naam"))!["passions"]!.AsArray().Single()!.GetValue<string>().Should().Be("stijldansen");
    }

    [Fact]
    public async Task An_unknown_dutch_header_is_named_and_the_same_person_twice_in_a_file_is_refused_the_second_time()
    {
        var unknown = await ImportAsync(Encoding.UTF8.GetBytes("naam;buurt;lievelingskleur\r\nX;Zuilen;blauw\r\n"), dryRun: true);
        unknown["rejected"]!.AsArray().Single()!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Equal("Unknown column 'lievelingskleur'.");

        var twice = await ImportAsync(Encoding.UTF8.GetBytes("naam;buurt;passies\r\nDubbel Daan;Zuilen;lezen\r\ndubbel daan;zuilen;schrijven\r\n"), dryRun: true);
        twice["rejected"]!.AsArray().Single()!["row"]!.GetValue<int>().Should().Be(3);
    }
}
