using System.Net;
using System.Text;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

public sealed class ImportExportTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Csv = """
        externalKey,name,neighbourhood,buurthuis,passions,talents,about,availability,languages,maxMatches,active,email,phone,consentMatching,consentBoards
        imp-1,Ada Import,Zuilen,De Leeuw,wandelen;fietsen,luisteren,"Ada wandelt graag, ook met anderen.",di-ochtend;do-middag,nl;en,2,ja,ada@example.nl,06-11112222,ja,ja
        imp-2,Bert Import,Lombok,,schaken,,,"",nl,1,true,,,true,false
        imp-3,,Zuilen,,koken,,,,nl,1,true,,,true,true
        imp-4,Dirk Import,Atlantis,,koken,,,maandag,nl,99,misschien,geen-mail,,true,true
        """;

    private async Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonObject Body)> ImportAsync(string csv, bool dryRun)
    {
        await _client.EnsureBuurthuisAsync("De Leeuw");
        var response = await _client.PostAsync($"/api/v1/volunteers/import?dryRun={dryRun.ToString().ToLowerInvariant()}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        return (response.StatusCode, await response.ReadObjectAsync());
    }

    private async Task<long> CountAsync() => (await _client.GetObjectAsync("/api/v1/volunteers?pageSize=1"))["total"]!.GetValue<long>();

    [Fact]
    public async Task A_dry_run_reports_every_bad_row_and_imports_nothing()
    {
        var before = await CountAsync();
        var (status, report) = await ImportAsync(Csv.Replace("imp-", "dry-", StringComparison.Ordinal), dryRun: true);

        status.Should().Be(HttpStatusCode.OK);
        report["dryRun"]!.GetValue<bool>().Should().BeTrue();
        report["rows"]!.GetValue<int>().Should().Be(4);
        var rejected = report["rejected"]!.AsArray();
        rejected.Select(r => r!["row"]!.GetValue<int>()).Should().Equal(4, 5);
        var dirk = string.Join(" ", rejected[1]!["errors"]!.AsArray().Select(e => e!.GetValue<string>()));
        dirk.Should().Contain("neighbourhood").And.Contain("availability").And.Contain("maxMatches").And.Contain("active").And.Contain("email");
        rejected[0]!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Contain(e => e.StartsWith("name"));
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Valid_rows_import_and_a_re_import_updates_instead_of_duplicating()
    {
        var before = await CountAsync();
        var (_, first) = await ImportAsync(Csv, dryRun: false);
        first["created"]!.GetValue<int>().Should().Be(2);
        first["rejected"]!.AsArray().Should().HaveCount(2);
        (await CountAsync()).Should().Be(before + 2);

        var (_, second) = await ImportAsync(Csv.Replace("Ada Import", "Ada Geïmporteerd", StringComparison.Ordinal), dryRun: false);
        second["created"]!.GetValue<int>().Should().Be(0);
        second["updated"]!.GetValue<int>().Should().Be(2);
        (await CountAsync()).Should().Be(before + 2);

        var search = await _client.GetObjectAsync("/api/v1/volunteers/search?q=wandelen");
        search["candidates"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Should().Contain("Ada Geïmporteerd", "imported profiles are searchable at once");
        var ada = (await _client.GetObjectAsync("/api/v1/volunteers?pageSize=100"))["items"]!.AsArray().Single(v => v!["externalKey"]?.GetValue<string>() == "imp-1")!;
        ada["passions"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("wandelen", "fietsen");
        ada["about"]!.GetValue<string>().Should().Be("Ada wandelt graag, ook met anderen.");
        ada["consent"]!["matching"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task An_export_reimports_to_the_same_profiles_in_csv_and_xlsx()
    {
        await _client.CreateVolunteerAsync(Samples.Volunteer("Export Eva").With("externalKey", "exp-eva").With("passions", new[] { "breien", "haken" }));

        var csv = await _client.GetStringAsync("/api/v1/volunteers/export?format=csv");
        var xlsx = await _client.GetByteArrayAsync("/api/v1/volunteers/export?format=xlsx");

        var fromCsv = CsvTable.Parse(csv);
        var fromXlsx = XlsxTable.Read(new MemoryStream(xlsx));
        fromCsv.Should().BeEquivalentTo(fromXlsx, o => o.WithStrictOrdering());
        var header = fromCsv[0];
        var eva = fromCsv.Single(r => r[0] == "exp-eva");
        eva[Array.IndexOf(header, "passions")].Should().Be("breien;haken");
        eva[Array.IndexOf(header, "email")].Should().Be("gerrit@example.nl");

        var before = await CountAsync();
        var reimport = await _client.PostAsync("/api/v1/volunteers/import", new ByteArrayContent(xlsx) { Headers = { ContentType = new(XlsxTable.ContentType) } });
        var report = await reimport.ReadObjectAsync();
        report["rejected"]!.AsArray().Should().BeEmpty();
        report["created"]!.GetValue<int>().Should().Be(0, "every exported profile is known by its key");
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Coordinators_export_without_contact_details()
    {
        var (coordinator, _) = await factory.ClientAsAsync(["coordinator"]);
        var csv = await coordinator.GetStringAsync("/api/v1/volunteers/export");
        csv.Split('\n')[0].Should().NotContain("email").And.NotContain("phone");
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_a_400()
    {
        var response = await _client.PostAsync("/api/v1/volunteers/import", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new(XlsxTable.ContentType) } });
        (await response.ShouldBeProblemAsync(400)).ErrorsFor("file").Should().NotBeEmpty();
    }
}
