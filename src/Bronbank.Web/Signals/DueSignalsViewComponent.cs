using Bronbank.Web.Infrastructure;
using Bronbank.Web.Visits;
using Marten;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Bronbank.Web.Signals;

/// <summary>
/// "Signalen die aandacht nodig hebben": the signed-in person's open signals whose follow-up date has come,
/// as one list item for a to-do list. Nothing for people who may not read signals.
/// </summary>
public sealed class DueSignalsViewComponent(IQuerySession session, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Coordinator)) || !Guid.TryParse(UserClaimsPrincipal.ActorId(), out var me))
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        var today = Today.In(clock);
        var due = await session.Query<Signal>().CountAsync(s => s.ClosedAt == null && s.Owner == me && s.FollowUpOn <= today, HttpContext.RequestAborted);
        var text = due == 1 ? "1 signaal heeft aandacht nodig" : $"{due} signalen hebben aandacht nodig";
        return new HtmlContentViewComponentResult(new HtmlString($"<li><a class=\"utrecht-link\" href=\"/signalen\" id=\"signalen-aandacht\">{text}</a></li>"));
    }
}
