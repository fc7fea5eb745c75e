using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>The first worksheet of an .xlsx as rows of text, and rows of text as an .xlsx.</summary>
public static class XlsxTable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Rows with at least one value. Streams the sheet instead of loading it whole, and throws
    /// an <see cref="InvalidDataException"/> (a 400 problem, like any unreadable file) beyond <see cref="TableLimits"/> (unzipped size, rows, cells, columns).
    /// </summary>
    public static List<string[]> Read(Stream stream)
    {
        try
        {
            return ReadSheet(stream);
        }
        catch (Exception e) when (e is not (InvalidDataException or OperationCanceledException or OutOfMemoryException))
        {
            // A damaged zip or package can fail deep inside System.IO.Compression or the Open XML SDK with
            // whatever exception they choose (IOException, ArgumentException, NotSupportedException, ...):
            // for an uploaded file every one of them means the same thing, a file that cannot be read.
            throw new InvalidDataException($"The file is not a readable .xlsx ({e.GetType().Name}).", e);
        }
    }

    private static List<string[]> ReadSheet(Stream stream)
    {
        CheckUnzippedSize(stream);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var shared = workbook.SharedStringTablePart is { } sharedPart ? SharedStrings(sharedPart) : [];
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheet.");
        var part = workbook.GetPartById(sheet.Id?.Value ?? throw new InvalidDataException("The sheet has no id.")) as WorksheetPart
            ?? throw new InvalidDataException("The first sheet is not a worksheet.");

        var budget = new TableBudget();
        var rows = new List<string[]>();
        SortedDictionary<int, string>? cells = null;
        var next = 0;
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Row))
            {
                Flush(rows, cells, budget);
                cells = [];
                next = 0;
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(Cell) && cells is not null)
            {
                // Loading one cell moves the reader past it, onto whatever comes next.
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnIndex(cell.CellReference?.Value) ?? next;
                if (column >= TableLimits.MaxColumns) throw new InvalidDataException("A cell lies beyond column XFD, the last one a spreadsheet has.");
                next = column + 1;
                cells[column] = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s >= 0 && s < shared.Count ? shared[s]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                    : cell.CellValue?.Text ?? "";
                more = !reader.EOF;
                continue;
            }
            more = reader.Read();
        }
        Flush(rows, cells, budget);
        return rows;
    }

    private static void Flush(List<string[]> rows, SortedDictionary<int, string>? cells, TableBudget budget)
    {
        if (cells is null || !cells.Values.Any(v => v.Length > 0)) return;
        var values = new string[cells.Keys.Max() + 1];
        budget.AddRow(values.Length);
        for (var i = 0; i < values.Length; i++) values[i] = cells.GetValueOrDefault(i, "");
        rows.Add(values);
    }

    private static List<string> SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                if (strings.Count >= TableLimits.MaxCells) throw new InvalidDataException($"The file has more than {TableLimits.MaxCells:N0} texts.");
                strings.Add(reader.LoadCurrentElement()!.InnerText);
                more = !reader.EOF;
                continue;
            }
            more = reader.Read();
        }
        return strings;
    }

    /// <summary>
    /// Unzips every part once, counting, before the OpenXML reader sees the file: the sizes a zip declares
    /// can lie, the bytes that come out cannot.
    /// </summary>
    private static void CheckUnzippedSize(Stream stream)
    {
        long total = 0;
        var buffer = new byte[81920];
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                if (total + entry.Length > TableLimits.MaxUnzippedBytes) throw TooLarge();
                using var part = entry.Open();
                for (int read; (read = part.Read(buffer)) > 0;)
                {
                    if ((total += read) > TableLimits.MaxUnzippedBytes) throw TooLarge();
                }
            }
        }
        stream.Position = 0;
        static InvalidDataException TooLarge() => new($"The file unzips to more than {TableLimits.MaxUnzippedBytes / (1024 * 1024)} MB.");
    }

    public static byte[] Write(string sheetName, IEnumerable<IReadOnlyList<string>> rows) => Write([(sheetName, rows)]);

    /// <summary>A workbook with one sheet per entry, in order.</summary>
    public static byte[] Write(IEnumerable<(string Name, IEnumerable<IReadOnlyList<string>> Rows)> sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint number = 0;
            foreach (var (name, rows) in sheets)
            {
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var values in rows)
                {
                    var row = new Row();
                    foreach (var value in values)
                        row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
                    data.Append(row);
                }
                worksheet.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = ++number, Name = name });
            }
            workbook.Workbook.Save();
        }
        return memory.ToArray();
    }

    /// <summary>"A1" → 0, "XFD7" → 16383; a reference without letters gives null (the next column).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            // Stop before the number can overflow: a fourth letter already lies beyond XFD.
            if (index > TableLimits.MaxColumns) throw new InvalidDataException($"The cell reference '{reference[..Math.Min(reference.Length, 20)]}' lies beyond column XFD, the last one a spreadsheet has.");
        }
        return index == 0 ? null : index - 1;
    }
}
