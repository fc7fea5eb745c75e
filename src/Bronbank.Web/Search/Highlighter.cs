using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Bronbank.Matching.Analysis;
using Microsoft.AspNetCore.Html;

namespace Bronbank.Web.Search;

/// <summary>Marks the words of a reason that match the request, by the same analysis the matcher uses.</summary>
public static partial class Highlighter
{
    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    public static IHtmlContent Html(string text, IReadOnlySet<string> queryTerms)
    {
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match word in Word().Matches(text))
        {
            html.Append(text[last..word.Index]);
            if (TextAnalysis.Terms(word.Value).Any(queryTerms.Contains))
                html.AppendHtml($"<mark>{HtmlEncoder.Default.Encode(word.Value)}</mark>");
            else
                html.Append(word.Value);
            last = word.Index + word.Length;
        }
        html.Append(text[last..]);
        return html;
    }

    public static IReadOnlySet<string> TermsOf(string? question) => TextAnalysis.Terms(question).ToHashSet(StringComparer.Ordinal);
}
