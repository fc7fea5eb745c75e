using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Infrastructure;

/// <summary>Maps application failures onto RFC 9457 problem responses.</summary>
public static class Problems
{
    public static ValidationProblem Validation(Dictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors, detail ?? "One or more fields are invalid; see errors.");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult PreconditionFailed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed");

    /// <summary>For handlers whose union carries one <see cref="ProblemHttpResult"/> for every state failure.</summary>
    public static ProblemHttpResult State(Failure failure) => failure.Kind switch
    {
        FailureKind.NotFound => NotFound(failure.Detail),
        FailureKind.PreconditionFailed => PreconditionFailed(failure.Detail),
        FailureKind.Forbidden => TypedResults.Problem(failure.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        _ => Conflict(failure.Detail),
    };
}
