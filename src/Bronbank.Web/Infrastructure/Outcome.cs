namespace Bronbank.Web.Infrastructure;

public enum FailureKind
{
    Invalid,
    NotFound,
    Conflict,
    PreconditionFailed,
    /// <summary>Past the role check, but not this item (a board member and another buurthuis' activity).</summary>
    Forbidden,
}

/// <summary>Why an application command did not happen; the API turns it into problem+json, the pages into Dutch messages.</summary>
public sealed record Failure(FailureKind Kind, string Detail, Dictionary<string, string[]>? Errors = null)
{
    public static Failure Invalid(Dictionary<string, string[]> errors) =>
        new(FailureKind.Invalid, "One or more fields are invalid; see errors.", errors);

    public static Failure NotFound(string what, Guid id) => new(FailureKind.NotFound, $"No {what} with id {id}.");
}

/// <summary>The result of an application command: a value, or the reason there is none.</summary>
public readonly record struct Outcome<T>(T? Value, Failure? Failure)
{
    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
