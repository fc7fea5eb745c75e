using System.Globalization;

namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>
/// Counts in anything that leaves the app (downloads, reports, printable pages): a count of one to four is
/// written "&lt; 5", so that no resident can be recognised from the figures. Zero stays zero, because
/// "nothing here" is the point of a blind spot and names no one.
/// </summary>
public static class SmallCounts
{
    public const string Small = "< 5";

    /// <summary>The fewest cases a median or a ratio is shown for; below it the figure comes close to one resident's story.</summary>
    public const int Fewest = 5;

    public static string Shown(int count) => count is > 0 and < Fewest ? Small : count.ToString(CultureInfo.InvariantCulture);
}
