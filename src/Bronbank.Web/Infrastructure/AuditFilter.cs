namespace Bronbank.Web.Infrastructure;

/// <summary>Records a successful request against an item in the audit trail: <c>.Audited("viewed", "volunteer")</c>.</summary>
public static class AuditFilter
{
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action, string subjectType) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            var inner = result is INestedHttpResult nested ? nested.Result : result as IResult;
            if (inner is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
            {
                var subject = SubjectOf(http, (IResult)success);
                http.RequestServices.GetRequiredService<IAuditLog>().Record(http.User, action, subjectType, subject);
            }
            return result;
        });

    private static Guid? SubjectOf(HttpContext http, IResult result)
    {
        if (http.Request.RouteValues.TryGetValue("id", out var raw) && Guid.TryParse(raw?.ToString(), out var id)) return id;
        // A create names its new item only in the Location it answers with.
        var location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
        return location is not null && Guid.TryParse(location.Split('/')[^1], out var created) ? created : null;
    }
}
