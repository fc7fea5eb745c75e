namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>
/// What an uploaded table may hold. A 20 MB upload can unzip to gigabytes or name column 2³¹; these caps
/// keep one import within memory a server can spare, well above what an organisation sends.
/// </summary>
public static class TableLimits
{
    /// <summary>Data rows, not counting the header.</summary>
    public const int MaxRows = 50_000;

    /// <summary>Cells over all rows, counting the empty ones a row is padded with up to its last value.</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>Excel's own last column, XFD.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The .xlsx file's parts together, unzipped.</summary>
    public const long MaxUnzippedBytes = 100L * 1024 * 1024;
}

/// <summary>Counts rows and cells as a table is read and stops the read at the first limit passed.</summary>
internal sealed class TableBudget
{
    private int _rows, _cells;

    public void AddRow(int cells)
    {
        if (++_rows > TableLimits.MaxRows + 1) throw new InvalidDataException($"The file has more than {TableLimits.MaxRows:N0} rows; split it into smaller files.");
        if ((_cells += cells) > TableLimits.MaxCells) throw new InvalidDataException($"The file has more than {TableLimits.MaxCells:N0} cells.");
    }
}
