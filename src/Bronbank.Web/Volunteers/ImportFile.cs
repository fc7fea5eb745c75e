using Bronbank.Web.Infrastructure.Tables;

namespace Bronbank.Web.Volunteers;

/// <summary>
/// An uploaded spreadsheet as rows: .xlsx, or CSV with its encoding (<see cref="TextFile"/>) and field
/// separator (<see cref="CsvTable.DetectDelimiter"/>) taken from the file. Used by the API and the import page.
/// </summary>
public sealed record ImportFile(List<string[]> Table, char[] Separators, string[]? Errors)
{
    public static ImportFile Read(byte[] bytes, string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        try
        {
            if (type == XlsxTable.ContentType) return Checked(XlsxTable.Read(new MemoryStream(bytes)), [';']);
            if (type is not ("text/csv" or "application/csv"))
                throw new InvalidDataException($"Send text/csv or {XlsxTable.ContentType}.");
            var text = TextFile.Decode(bytes);
            var delimiter = CsvTable.DetectDelimiter(text);
            // In a semicolon file Dutch offices separate several values in one cell with commas, in a comma file with semicolons.
            return Checked(CsvTable.Parse(text, delimiter), delimiter == ';' ? [';', ','] : [';']);
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException
                                       or InvalidOperationException or System.Xml.XmlException)
        {
            return new ImportFile([], [], [$"The file could not be read: {e.Message}"]);
        }
    }

    private static ImportFile Checked(List<string[]> table, char[] separators) =>
        VolunteerImport.DuplicateColumns(table) is { Count: > 0 } duplicates
            ? new ImportFile(table, separators, [.. duplicates.Select(d => $"Column '{d}' appears more than once in the header.")])
            : new ImportFile(table, separators, null);
}
