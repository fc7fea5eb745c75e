using Bronbank.Matching;
using Bronbank.Web.Infrastructure.Pages;

namespace Bronbank.Web.Requests;

/// <summary>An activity's reason as a person reads it: the matcher names a shared language by its code, the page by its Dutch name.</summary>
public static class ActivityWords
{
    private const string LanguagePrefix = "ook in taal: ";

    public static string Reason(Reason reason) =>
        reason.Kind == "language" && reason.Text.StartsWith(LanguagePrefix, StringComparison.Ordinal)
            ? "ook in het " + DutchWords.Language(reason.Text[LanguagePrefix.Length..])
            : reason.Text;
}
