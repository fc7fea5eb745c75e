using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>The first worksheet of an .xlsx as rows of text, and rows of text as an .xlsx.</summary>
public static class XlsxTable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static List<string[]> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rows = new List<string[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new SortedDictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                var value = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < shared.Length ? shared[s]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                    : cell.CellValue?.Text ?? "";
                cells[column] = value;
            }
            if (cells.Count == 0) continue;
            var values = new string[cells.Keys.Max() + 1];
            for (var i = 0; i < values.Length; i++) values[i] = cells.GetValueOrDefault(i, "");
            if (values.Any(v => v.Length > 0)) rows.Add(values);
        }
        return rows;
    }

    public static byte[] Write(string sheetName, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
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
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
