using System.Text;

namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>RFC 4180 CSV with a comma between fields (a semicolon separates values inside one field).</summary>
public static class CsvTable
{
    public static List<string[]> Parse(string text)
    {
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
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return [.. rows.Where(r => r.Any(f => f.Length > 0))];
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
