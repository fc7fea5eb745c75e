namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Records a request against an item in the audit trail: <c>.Audited("viewed", "volunteer")</c>. The entry
/// is recorded before the handler runs, so the handler's save commits it with the change; a refused
/// request drops it; one that saved nothing (a read) has it written before the answer goes out.
/// </summary>
public static class AuditFilter
{
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, string subjectType) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var audit = http.RequestServices.GetRequiredService<IAuditLog>();
            var mark = audit.Mark;
            var actor = http.User.ActorId();
            if (Ids.InRoute(http) is { } id) audit.Record(actor, action, subjectType, id);
            else if (IsCreate(http)) audit.RecordCreate(actor, action, subjectType);
            else audit.Record(actor, action, subjectType, null);

            object? result;
            try
            {
                result = await next(context);
            }
            catch
            {
                audit.DiscardPendingSince(mark);
                throw;
            }
            var inner = result is INestedHttpResult nested ? nested.Result : result as IResult;
            // A file (CSV, .xlsx) carries no status code of its own: it is a 200.
            var status = inner is IStatusCodeHttpResult coded ? coded.StatusCode ?? StatusCodes.Status200OK : StatusCodes.Status200OK;
            if (status is >= 200 and < 300) await audit.FlushAsync(http.RequestAborted);
            else audit.DiscardPendingSince(mark);
            return result;
        });

    /// <summary>A POST to a collection (<c>/api/v1/volunteers</c>) makes one new item.</summary>
    private static bool IsCreate(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.Trim('/').Split('/').Length <= 3;
}
