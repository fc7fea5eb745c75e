using System.Text;

namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>
/// RFC 4180 CSV. Written with a comma between fields (a semicolon separates values inside one field); read
/// with a comma or a semicolon, whichever the header row uses: Dutch Excel writes ";" by default.
/// </summary>
public static class CsvTable
{
    /// <summary>The field separator of a file: ";" when the header row (outside quotes) has more semicolons than commas.</summary>
    public static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\n') break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Rows with at least one value; throws an <see cref="InvalidDataException"/> (a 400 problem, like any unreadable file) beyond <see cref="TableLimits"/>.</summary>
    public static List<string[]> Parse(string text, char delimiter = ',')
    {
        var budget = new TableBudget();
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case var d when d == delimiter:
                    row.Add(field.ToString());
                    field.Clear();
                    if (row.Count > TableLimits.MaxColumns) throw new InvalidDataException($"A row has more than {TableLimits.MaxColumns:N0} columns.");
                    break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); Add(rows, row, budget); row.Clear(); break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); Add(rows, row, budget); }
        return rows;
    }

    private static void Add(List<string[]> rows, List<string> row, TableBudget budget)
    {
        if (!row.Exists(f => f.Length > 0)) return;
        budget.AddRow(row.Count);
        rows.Add([.. row]);
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>Quotes when needed, and defuses a leading =, +, - or @ so a spreadsheet never runs a field as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
