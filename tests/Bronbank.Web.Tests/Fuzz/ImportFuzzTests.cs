using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Volunteers;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Bronbank.Web.Tests.Fuzz;

/// <summary>
/// Property: whatever spreadsheet arrives at the import — hand-made .xlsx with odd cell references
/// (column 2³¹, lower case, none, digits only), duplicate and unknown headers, control characters that
/// break the XML, damaged zips, CSV with stray quotes — the answer is a report (200) or a 400
/// problem+json, never a 500, and a refused file or a dry run imports nothing.
/// </summary>
public sealed class ImportFuzzTests(BronbankFactory factory, ITestOutputHelper output) : IClassFixture<BronbankFactory>
{
    private const int Cases = 400;

    public sealed record ImportCase(byte[] Body, string ContentType, bool DryRun, string Kind)
    {
        public override string ToString() => $"{Kind}, {ContentType}, dryRun={DryRun}, {Body.Length} bytes: {Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300))}";
    }

    [Fact]
    public async Task Any_spreadsheet_gets_a_report_or_a_400_problem_and_a_refusal_imports_nothing()
    {
        var client = factory.CreateClient();
        var statuses = new ConcurrentDictionary<int, int>();
        var property = Prop.ForAll(Generator().ToArbitrary(), (ImportCase c) => Task.Run(async () =>
        {
            var before = await CountAsync(client);
            using var content = new ByteArrayContent(c.Body) { Headers = { ContentType = new(c.ContentType) } };
            using var response = await client.PostAsync($"/api/v1/volunteers/import?dryRun={(c.DryRun ? "true" : "false")}", content);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest], $"{c}: {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
                response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", c.ToString());
            if (response.StatusCode == HttpStatusCode.BadRequest || c.DryRun)
                (await CountAsync(client)).Should().Be(before, $"nothing is imported: {c}");
        }).GetAwaiter().GetResult());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), property);

        var summary = $"Import fuzz: {statuses.Values.Sum()} generated files; answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        output.WriteLine(summary);
        statuses.Keys.Should().Contain(200).And.Contain(400, "both valid and refused files were generated");
    }

    private static async Task<long> CountAsync(HttpClient client) => (await client.GetObjectAsync("/api/v1/volunteers?pageSize=1"))["total"]!.GetValue<long>();

    // ---- generators -------------------------------------------------------------------------------------

    private static readonly string[] Headers =
        ["externalKey", "name", "neighbourhood", "passions", "talents", "about", "languages", "maxMatches", "email", "consentMatching", "NAME", "naam", "", " name ", "\u0001", "passions"];

    private static readonly string[] Values =
        ["Zuilen", "Lombok", "tuinieren", "schaken;koken", "ja", "nee", "2", "-1", "99999999999", "", "=HYPERLINK(\"x\")", "<b>&amp;</b>", "\"", "a,b",
         "\u0000", "\u0008", "\ud800", "😀", "ada@example.nl", new string('x', 5000), "\r\n"];

    private static readonly string?[] References =
        [null, null, null, "FXSHRXW1", "XFD1", "XFE1", "ZZZZZZZZZZZZZZZZZZZZZZ9", "a1", "1", "", "A0", "A-1", "$A$1", "AAAA1"];

    private static Gen<string> Cell() => Gen.Frequency((8, Gen.Elements(Values)), (1, Gen.Fresh(() => "k-" + Guid.NewGuid().ToString("N")[..8])));

    private static Gen<List<string>> Row(Gen<string> cell) => Gen.Choose(0, 6).SelectMany(n => Gen.ListOf(cell, n)).Select(l => l.ToList());

    private static Gen<List<List<string>>> Table() =>
        from header in Gen.Frequency(
            (3, Gen.Constant(new List<string> { "externalKey", "name", "neighbourhood", "passions" })),
            (2, Row(Gen.Elements(Headers))))
        from count in Gen.Choose(0, 8)
        from rows in Gen.ListOf(Gen.Frequency(
            (3, Gen.Fresh(() => new List<string> { "f-" + Guid.NewGuid().ToString("N")[..8], "Fuzz Rij", "Zuilen", "tuinieren" })),
            (2, Row(Cell()))), count)
        select new List<List<string>> { header }.Concat(rows).ToList();

    private static string XlsxRow(List<string> values, int row, string?[] references) =>
        "<row>" + string.Concat(values.Select((v, i) =>
        {
            var reference = references[((row * 7) + i) % references.Length] ?? (i < 26 ? $"{(char)('A' + i)}{row}" : null);
            return $"<c{(reference is null ? "" : $" r=\"{System.Security.SecurityElement.Escape(reference)}\"")} t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(v)}</t></is></c>";
        })) + "</row>";

    private static Gen<byte[]> Xlsx() =>
        from table in Table()
        from references in Gen.ListOf(Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements(References))), 61)
        select RawXlsx.Sheet(string.Concat(table.Select((r, i) => XlsxRow(r, i + 1, [.. references]))));

    private static string Csv(List<List<string>> table) => string.Concat(table.Select(r => string.Join(",", r.Select(v => v.Contains(',') ? $"\"{v}\"" : v)) + "\n"));

    private static Gen<byte[]> Damaged(Gen<byte[]> file) =>
        from bytes in file
        from flips in Gen.ListOf(Gen.Zip(Gen.Choose(0, bytes.Length - 1), Gen.Choose(0, 255)), 3)
        select Flip(bytes, flips);

    private static byte[] Flip(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        var copy = (byte[])bytes.Clone();
        foreach (var (at, value) in flips) copy[at] = (byte)value;
        return copy;
    }

    private static Gen<ImportCase> Generator() =>
        from file in Gen.Frequency(
            (4, Xlsx().Select(b => (Body: b, Type: XlsxTable.ContentType, Kind: "xlsx"))),
            (2, Damaged(Xlsx()).Select(b => (Body: b, Type: XlsxTable.ContentType, Kind: "damaged xlsx"))),
            (3, Table().Select(t => (Body: Encoding.UTF8.GetBytes(Csv(t)), Type: "text/csv", Kind: "csv"))),
            (1, Gen.Elements("\"open,quote\n", "a,b\n\"x\"\"", "\uFEFFexternalKey,name\n", ",,,,\n,,,\n").Select(t => (Body: Encoding.UTF8.GetBytes(t), Type: "text/csv", Kind: "odd csv"))),
            (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => (Body: b, Type: XlsxTable.ContentType, Kind: "random bytes"))))
        from dryRun in Gen.Elements(true, false)
        select new ImportCase(file.Body, file.Type, dryRun, file.Kind);
}
