namespace Bronbank.Web.Infrastructure;

/// <summary>
/// A part of this instance that cannot answer yet (the search index while it opens or rebuilds). The
/// client gets a 503 problem with this title and detail, and may try again; the feature that throws it
/// says what is not ready, so this folder needs to know no feature.
/// </summary>
public abstract class NotReadyException(string message, string title, string detail) : Exception(message)
{
    public string Title { get; } = title;

    public string Detail { get; } = detail;
}
