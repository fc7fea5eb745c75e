using Microsoft.Net.Http.Headers;

namespace Bronbank.Web.Infrastructure;

/// <summary>Weak-free ETags carrying a document's numeric revision, for optimistic concurrency over HTTP.</summary>
public static class ETags
{
    public static void Set(HttpContext context, int version) => context.Response.Headers.ETag = $"\"{version}\"";

    /// <summary>The revision the client claims to have edited, from <c>If-Match</c>; null when it sent none or <c>*</c>.</summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        return EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) && int.TryParse(tag.Tag.ToString().Trim('"'), out var v)
            ? v
            : -1; // an ETag we never issued can never match
    }
}
