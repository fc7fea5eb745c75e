using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Requests;

public static class RequestApi
{
    public static RouteGroupBuilder MapRequests(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/requests").WithTags("Help requests").RequireAuthorization(Policies.Coordination)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/", Create).Audited("created", "request").WithName("CreateRequest").WithSummary("Record a resident's help request (hulpvraag)");
        group.MapGet("/", List).Audited("listed", "request").WithName("ListRequests").WithSummary("List help requests, a page at a time");
        group.MapGet("/{id}", Get).Audited("viewed", "request").WithName("GetRequest").WithSummary("Read one help request");
        group.MapPut("/{id}", Update).Audited("updated", "request").WithName("UpdateRequest").WithSummary("Replace a help request (If-Match guards against lost updates)");
        group.MapPut("/{id}/theme", CorrectTheme).Audited("updated", "request").WithName("CorrectRequestTheme").WithSummary("Correct the theme of a help request (what the insights count)");
        group.MapPost("/{id}/close", Close).Audited("closed", "request").WithName("CloseRequest").WithSummary("Close a help request by hand, with how it ended (outcome; other when absent)");
        group.MapPost("/{id}/reopen", Reopen).Audited("reopened", "request").WithName("ReopenRequest").WithSummary("Open a closed help request again");
        group.MapDelete("/{id}", Delete).Audited("deleted", "request").WithName("DeleteRequest").WithSummary("Delete a help request");
        return group;
    }

    public static async Task<Results<Created<RequestResponse>, ValidationProblem, ProblemHttpResult>> Create(
        HelpRequestDraft draft, RequestService requests, HttpContext context, CancellationToken ct)
    {
        var outcome = await requests.CreateAsync(draft, ct, actor: context.User.ActorId());
        if (outcome.Failure is { } failure) return Problems.Failed<Created<RequestResponse>>(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Created($"/api/v1/requests/{outcome.Value.Id}", outcome.Value.AsResponse());
    }

    public static async Task<Results<Ok<RequestResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, IQuerySession session, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var request = await session.LoadAsync<HelpRequest>(guid, ct);
        if (request is null) return Problems.NotFound($"No help request with id {guid}.");
        ETags.Set(context, request.Version);
        return TypedResults.Ok(request.AsResponse());
    }

    public static async Task<Results<Ok<PageOf<RequestResponse>>, ValidationProblem>> List(
        IQuerySession session, CancellationToken ct, string? status = null, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize);
        var parsed = RequestStatuses.Parse(status);
        if (status is not null && parsed is null) errors.Add("status", "Must be one of open, proposed, matched, closed.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        IQueryable<HelpRequest> query = session.Query<HelpRequest>();
        if (parsed is { } s) query = query.Where(r => r.Status == s);
        var result = await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).ToPagedListAsync(page, pageSize, ct);
        return TypedResults.Ok(new PageOf<RequestResponse>([.. result.Select(r => r.AsResponse())], page, pageSize, result.TotalItemCount));
    }

    public static async Task<Results<Ok<RequestResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, HelpRequestDraft draft, RequestService requests, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await requests.UpdateAsync(guid, draft, ETags.ExpectedVersion(context.Request), ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Ok<RequestResponse>>(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.AsResponse());
    }

    public static async Task<Results<Ok<RequestResponse>, ValidationProblem, ProblemHttpResult>> CorrectTheme(
        string id, ThemeCorrection body, RequestService requests, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await requests.CorrectThemeAsync(guid, body.Theme, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Ok<RequestResponse>>(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.AsResponse());
    }

    public static async Task<Results<Ok<RequestResponse>, ValidationProblem, ProblemHttpResult>> Close(
        string id, CloseRequest? body, RequestService requests, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var closure = body?.Outcome is null ? RequestClosure.Other : WireNames.Parse<RequestClosure>(body.Outcome);
        var bag = new ErrorBag();
        if (closure is null) bag.Add("outcome", $"One of {WireNames.Choices<RequestClosure>()}.");
        bag.Text("note", body?.Note, required: false, HelpRequestDraft.MaxQuestionLength);
        if (!bag.IsEmpty) return Problems.Validation(bag.ToDictionary());
        var outcome = await requests.CloseAsync(guid, closure!.Value, ErrorBag.NullIfBlank(body?.Note), ct);
        if (outcome.Failure is { } failure) return Problems.State(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.AsResponse());
    }

    public static async Task<Results<Ok<RequestResponse>, ValidationProblem, ProblemHttpResult>> Reopen(
        string id, RequestService requests, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await requests.ReopenAsync(guid, ct);
        if (outcome.Failure is { } failure) return Problems.State(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.AsResponse());
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string id, RequestService requests, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return await requests.DeleteAsync(guid, ct) is { } failure ? Problems.State(failure) : TypedResults.NoContent();
    }
}
