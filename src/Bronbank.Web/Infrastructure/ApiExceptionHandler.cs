using System.Text.Json;
using Bronbank.Web.Storage;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Turns exceptions that reach the pipeline into RFC 9457 problems: malformed input is the client's 400,
/// a lost race is a 409, an absent database a 503 — and nothing the client sends becomes a 500.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, DatabaseState database, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
            JsonException json => InvalidJson(json),
            BodyTooLargeException tooLarge => Problem(StatusCodes.Status400BadRequest, "Request body too large", $"The request body is too large: at most {tooLarge.Limit / 1024} KiB is accepted."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Problem(StatusCodes.Status400BadRequest, "Request body too large", "The request body is larger than this endpoint accepts."),
            BadHttpRequestException bad => Problem(StatusCodes.Status400BadRequest, "Bad request", bad.Message),
            ConcurrencyException or DocumentAlreadyExistsException => Problem(StatusCodes.Status409Conflict, "Concurrent change",
                "Someone else changed this item at the same time; reload it and try again."),
            _ when DatabaseResilience.IsUnavailable(exception) => Unavailable(context, database),
            NotReadyException notReady => Problem(StatusCodes.Status503ServiceUnavailable, notReady.Title, notReady.Detail),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled {Exception} on {Method} {Path}", exception.GetType().Name, context.Request.Method, context.Request.Path);
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails InvalidJson(JsonException json)
    {
        // The path ($.maxMatches, $.passions[2]) names the field; the message says what was wrong with it.
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var detail = json.Path is null or "$"
            ? "The request body is not valid JSON."
            : $"The value of '{field}' has the wrong type or is not valid JSON.";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = detail,
        };
    }

    private static ProblemDetails Unavailable(HttpContext context, DatabaseState database)
    {
        database.MarkUnreachable();
        DatabaseResilience.ForgetBrokenConnections();
        context.Response.Headers.RetryAfter = "2";
        return Problem(StatusCodes.Status503ServiceUnavailable, "Database unavailable",
            "The database cannot be reached right now; nothing was changed. Try again shortly.");
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}
