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

    /// <summary>
    /// The answer to a failed command, the one mapping every API uses: 400 with the errors by field when the
    /// input was invalid, otherwise the state's 404, 409 or 412 (<see cref="State"/>).
    /// </summary>
    public static Results<TSuccess, ValidationProblem, ProblemHttpResult> Failed<TSuccess>(Failure failure) where TSuccess : IResult =>
        failure.Kind == FailureKind.Invalid ? Validation(failure.Errors!) : State(failure);

    /// <summary>For handlers whose union carries one <see cref="ProblemHttpResult"/> for every state failure.</summary>
    public static ProblemHttpResult State(Failure failure) => failure.Kind switch
    {
        FailureKind.NotFound => NotFound(failure.Detail),
        FailureKind.PreconditionFailed => PreconditionFailed(failure.Detail),
        FailureKind.Forbidden => TypedResults.Problem(failure.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        _ => Conflict(failure.Detail),
    };
}
