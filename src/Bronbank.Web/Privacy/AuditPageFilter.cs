using Bronbank.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Bronbank.Web.Privacy;

/// <summary>
/// Every staff page a signed-in person opens or submits is in the audit trail (<c>viewed</c> or the
/// handler's name, on <c>page:/Folder/Page</c>, with the route's id); entries are written before the page
/// is sent, and a submit's entry joins the save it causes.
/// </summary>
public sealed class AuditPageFilter(IAuditLog audit) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var action = HttpMethods.IsGet(http.Request.Method) ? "viewed" : context.HandlerMethod?.Name ?? "submitted";
            audit.Record(http.User, action.ToLowerInvariant(), "page:" + context.ActionDescriptor.ViewEnginePath, Ids.InRoute(http));
        }
        await next();
        await audit.FlushAsync(http.RequestAborted);
    }
}
