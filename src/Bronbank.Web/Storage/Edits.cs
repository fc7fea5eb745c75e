using Bronbank.Domain;
using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;
using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Storage;

/// <summary>
/// The rules a command adds to a draft's own ones because they need the stored data (a registered buurthuis,
/// an existing coordinator): they add to <paramref name="errors"/> and may return the draft in the stored spelling.
/// </summary>
public delegate Task<TDraft> StoredRules<TDraft>(TDraft draft, Dictionary<string, string[]> errors, CancellationToken ct);

/// <summary>The draft to apply, in its normal form, and the stored document at the version the client edited.</summary>
public readonly record struct Edit<TDocument, TDraft>(TDocument Document, TDraft Draft);

/// <summary>
/// The one sequence every create and edit of a versioned document follows: validate → normalise → load →
/// version check (the client's <c>If-Match</c>, 412 when stale) → the feature's own rules and changes →
/// commit with the next revision (409 when someone saved in between). It knows no feature: the feature names
/// its document and gives its draft and its stored rules.
/// </summary>
public static class Edits
{
    /// <summary>Validate → normalise: the draft's own rules, then <paramref name="stored"/>, then its normal form; 400 with the errors by field.</summary>
    public static async Task<Outcome<TDraft>> CheckAsync<TDraft>(TDraft draft, AreaCatalog areas, StoredRules<TDraft>? stored, CancellationToken ct)
        where TDraft : IDraft<TDraft>
    {
        var errors = draft.Validate(areas);
        if (stored is not null) draft = await stored(draft, errors, ct);
        if (errors.Count > 0) return Failure.Invalid(errors);
        return draft.Normalize(areas);
    }

    /// <summary>
    /// Validate → normalise → load → version check. <paramref name="what"/> names the document in the 404
    /// ("No help request with id …"), <paramref name="shortName"/> in the 412 ("The request is at version …").
    /// </summary>
    public static async Task<Outcome<Edit<TDocument, TDraft>>> BeginAsync<TDocument, TDraft>(
        this IDocumentSession session, Guid id, TDraft draft, int? expectedVersion, AreaCatalog areas, StoredRules<TDraft>? stored,
        string what, string shortName, CancellationToken ct)
        where TDocument : class, IVersioned
        where TDraft : IDraft<TDraft>
    {
        var checkedDraft = await CheckAsync(draft, areas, stored, ct);
        if (checkedDraft.Failure is { } invalid) return invalid;
        var document = await session.LoadAsync<TDocument>(id, ct);
        if (document is null) return Failure.NotFound(what, id);
        if (Stale(document, expectedVersion, shortName) is { } stale) return stale;
        return new Edit<TDocument, TDraft>(document, checkedDraft.Value!);
    }

    /// <summary>The 412 when the client edited another version than the stored one; null when it is the same or the client named none.</summary>
    public static Failure? Stale(IVersioned document, int? expectedVersion, string shortName) =>
        expectedVersion is not null && expectedVersion != document.Version
            ? new Failure(FailureKind.PreconditionFailed, $"The {shortName} is at version {document.Version}, not {expectedVersion}; reload it and apply your change again.")
            : null;

    /// <summary>
    /// Commits a changed document with the next revision; the save fails with a concurrency conflict (409) when
    /// someone saved it between this command's read and write. With a <paramref name="follower"/>, the answer
    /// waits until this instance's derived data (index, request cache) has the change.
    /// </summary>
    public static async Task CommitAsync<TDocument>(this IDocumentSession session, TDocument document, IChangeFollower? follower, CancellationToken ct)
        where TDocument : class, IVersioned
    {
        session.UpdateRevision(document, document.Version + 1);
        await session.SaveChangesAsync(ct);
        if (follower is not null) await follower.CaughtUpAsync(ct);
    }
}
