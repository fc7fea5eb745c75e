using System.Net;
using System.Text;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

/// <summary>An upload that would take the server's memory, or is ambiguous, is a 400 problem and imports nothing.</summary>
public sealed class ImportLimitTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly (string?, string)[] Header = [("A1", "externalKey"), ("B1", "name"), ("C1", "neighbourhood")];

    [Fact]
    public async Task A_column_letter_beyond_XFD_is_refused_without_allocating_for_it()
    {
        var xlsx = RawXlsx.Sheet(RawXlsx.Row(Header) + RawXlsx.Row(("A2", "x-1"), ("B2", "Ada"), ("FXSHRXW2", "Zuilen")));

        var errors = await RefusedAsync(Xlsx(xlsx));

        errors.Should().ContainMatch("*beyond column XFD*");
    }

    [Fact]
    public async Task A_duplicate_header_is_a_400_problem()
    {
        var csv = "externalKey,name,Name,neighbourhood\r\nd-1,Ada,Ada,Zuilen\r\n";

        (await RefusedAsync(new StringContent(csv, Encoding.UTF8, "text/csv"))).Should().ContainMatch("*'name'*more than once*");
        var xlsx = RawXlsx.Sheet(RawXlsx.Row(("A1", "externalKey"), ("B1", "name"), ("C1", "neighbourhood"), ("D1", "name")) + RawXlsx.Row(("A2", "d-2"), ("B2", "Bea"), ("C2", "Zuilen")));
        (await RefusedAsync(Xlsx(xlsx))).Should().ContainMatch("*'name'*more than once*");
    }

    [Fact]
    public async Task More_than_fifty_thousand_rows_are_refused()
    {
        var csv = new StringBuilder("externalKey,name,neighbourhood\n");
        for (var i = 0; i <= TableLimits.MaxRows; i++) csv.Append("r-").Append(i).Append(",R,Zuilen\n");

        (await RefusedAsync(new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).Should().ContainMatch("*more than 50*rows*");
    }

    [Fact]
    public async Task A_sheet_whose_cells_reach_far_to_the_right_is_refused_by_its_cell_count()
    {
        var rows = string.Concat(Enumerable.Range(2, 100).Select(r => RawXlsx.Row(("A" + r, "c-" + r), ("B" + r, "C"), ("C" + r, "Zuilen"), ("XFD" + r, "x"))));

        (await RefusedAsync(Xlsx(RawXlsx.Sheet(RawXlsx.Row(Header) + rows)))).Should().ContainMatch("*more than 1*cells*");
    }

    [Fact]
    public async Task A_file_that_unzips_beyond_the_limit_is_refused()
    {
        // Whitespace after the sheet compresses about a thousand to one: a small upload, a huge part.
        var xlsx = RawXlsx.Sheet(RawXlsx.Row(Header), paddingBytes: TableLimits.MaxUnzippedBytes + 1024);
        xlsx.Length.Should().BeLessThan(1024 * 1024);

        (await RefusedAsync(Xlsx(xlsx))).Should().ContainMatch("*unzips to more than*");
    }

    [Fact]
    public async Task A_file_within_the_limits_still_imports()
    {
        var xlsx = RawXlsx.Sheet(RawXlsx.Row([.. Header, ("D1", "passions")]) + RawXlsx.Row((null, "ok-1"), (null, "Olga Binnen"), (null, "Zuilen"), (null, "tuinieren")));

        var response = await _client.PostAsync("/api/v1/volunteers/import", Xlsx(xlsx));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await response.ReadObjectAsync();
        report["created"]!.GetValue<int>().Should().Be(1, report.ToJsonString());
    }

    private async Task<string[]> RefusedAsync(HttpContent content)
    {
        var before = await CountAsync();
        var response = await _client.PostAsync("/api/v1/volunteers/import", content);
        var errors = (await response.ShouldBeProblemAsync(400)).ErrorsFor("file");
        (await CountAsync()).Should().Be(before, "a refused file imports nothing");
        return [.. errors];
    }

    private async Task<long> CountAsync() => (await _client.GetObjectAsync("/api/v1/volunteers?pageSize=1"))["total"]!.GetValue<long>();

    private static ByteArrayContent Xlsx(byte[] bytes) => new(bytes) { Headers = { ContentType = new(XlsxTable.ContentType) } };
}
