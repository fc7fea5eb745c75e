using System.Text.RegularExpressions;
using Bronbank.Web.Infrastructure.Pages;

namespace Bronbank.Web.Volunteers;

/// <summary>The import report's reasons (English, as the API gives them) as Dutch sentences for the import page.</summary>
public static partial class ImportWords
{
    private static readonly Dictionary<string, string> ColumnNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["externalKey"] = "sleutel", ["name"] = "naam", ["neighbourhood"] = "buurt", ["buurthuis"] = "buurthuis", ["passions"] = "passies",
        ["talents"] = "talenten", ["about"] = "over", ["availability"] = "dagdelen", ["languages"] = "talen", ["maxMatches"] = "koppelingen tegelijk",
        ["active"] = "actief", ["email"] = "e-mail", ["phone"] = "telefoon", ["consentMatching"] = "toestemming koppelen", ["consentBoards"] = "toestemming bestuur",
    };

    [GeneratedRegex("^(Unknown column|Missing column|Column) '(.*)'(.*)$")]
    private static partial Regex ColumnProblem();

    [GeneratedRegex(@"^([A-Za-z]+)(\[\d+\])?: (.*)$")]
    private static partial Regex FieldProblem();

    public static string Column(string column) => ColumnNames.GetValueOrDefault(column, column);

    public static string Of(string problem)
    {
        if (ColumnProblem().Match(problem) is { Success: true } c)
            return c.Groups[1].Value switch
            {
                "Unknown column" => $"Onbekende kolom '{c.Groups[2].Value}'.",
                "Missing column" => $"De kolom '{Column(c.Groups[2].Value)}' ontbreekt.",
                _ => $"De kolom '{Column(c.Groups[2].Value)}' staat twee keer in de kopregel.",
            };
        if (problem.StartsWith("The file is empty", StringComparison.Ordinal)) return "Het bestand is leeg: de eerste regel moet de kolomnamen bevatten.";
        if (problem.StartsWith("The file could not be read", StringComparison.Ordinal)) return "Het bestand kon niet worden gelezen. Kies een CSV- of Excel-bestand (.xlsx).";
        if (FieldProblem().Match(problem) is not { Success: true } f) return "Deze rij klopt niet.";
        var (field, detail) = (f.Groups[1].Value, f.Groups[3].Value);
        if (detail.Contains("more than once", StringComparison.Ordinal)) return "Deze persoon staat vaker in het bestand; alleen de eerste keer telt.";
        if (detail.Contains("is not true/false", StringComparison.Ordinal)) return $"{Capital(Column(field))}: vul ja of nee in.";
        if (detail.Contains("not a whole number", StringComparison.Ordinal)) return $"{Capital(Column(field))}: vul een getal in.";
        return $"{Capital(Column(field))}: {DutchErrors.From(new() { [field] = [detail] })[field]}";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
