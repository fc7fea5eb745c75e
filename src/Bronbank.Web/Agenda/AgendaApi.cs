using Bronbank.Domain.Activities;
using Bronbank.Domain.Validation;
using Bronbank.Web.Accounts;
using Bronbank.Web.Activities;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Agenda;

/// <summary>The week agenda per buurthuis, weekday and day-part, and the same activities as an iCalendar feed.</summary>
public static class AgendaApi
{
    public static IEndpointRouteBuilder MapAgenda(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Agenda").RequireAuthorization(ActivityPolicies.Use)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/agenda", Week).WithName("WeekAgenda")
            .WithSummary("Per buurthuis, weekday and day-part (ochtend, middag, avond), the activities of one ISO week (week=2026-W10, default this week); boards see their own buurthuizen");
        group.MapGet("/agenda.ics", Feed).WithName("AgendaFeed")
            .WithSummary("An iCalendar feed (text/calendar): one VEVENT with its RRULE per activity of a buurthuis or an area")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        // The subscription link a calendar app is given: no session, no key; the token alone opens one buurthuis' feed.
        routes.MapGet("/api/v1/agenda/feeds/{token}.ics", SubscribedFeed).WithTags("Agenda").WithName("AgendaSubscription").AllowAnonymous()
            .WithMetadata(new TokenLinkEndpoint())
            .WithSummary("The iCalendar feed of one buurthuis by its secret subscription link (made on the Agenda page), without signing in; read-only, no contact details; a wrong or replaced token is 404")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/bouwblokken/suggestions", Suggestions).WithName("BouwblokSuggestions")
            .WithSummary("Clustering suggestions for a wijk, each with a Dutch reason: one target group on different day-parts in one buurthuis, competing activities nearby, open day-parts with nothing on");
        return routes;
    }

    public static async Task<Results<Ok<List<BouwblokSuggestion>>, ValidationProblem>> Suggestions(
        WeekAgenda agenda, AreaDirectory areas, TimeProvider clock, HttpContext context, CancellationToken ct, string? wijk = null)
    {
        var errors = new ErrorBag();
        errors.KnownWijk("wijk", wijk, areas.Current);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var (places, activities) = await agenda.LoadAsync(new AgendaFilter(null, wijk, AgendaWeeks.TodayIn(clock), null), context.User, ct);
        return TypedResults.Ok(BouwblokSuggestions.For(places, activities, areas.Current));
    }

    public static async Task<Results<Ok<AgendaResponse>, ValidationProblem>> Week(
        WeekAgenda agenda, AreaDirectory areas, TimeProvider clock, HttpContext context, CancellationToken ct,
        string? area = null, string? wijk = null, string? week = null, string? targetGroup = null)
    {
        var errors = new ErrorBag();
        errors.KnownArea("area", area, areas.Current);
        errors.KnownWijk("wijk", wijk, areas.Current);
        var monday = AgendaWeeks.Parse(week);
        if (week is not null && monday is null) errors.Add("week", "An ISO week such as 2026-W10.");
        if (targetGroup is { Length: > 100 }) errors.Add("targetGroup", "At most 100 characters.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var filter = new AgendaFilter(area, wijk, monday ?? AgendaWeeks.MondayOf(AgendaWeeks.TodayIn(clock)), targetGroup);
        return TypedResults.Ok(await agenda.ForAsync(filter, context.User, ct));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Feed(
        WeekAgenda agenda, AreaDirectory areas, TimeProvider clock, HttpContext context, CancellationToken ct,
        string? buurthuisId = null, string? area = null)
    {
        var errors = new ErrorBag();
        var id = errors.OptionalId("buurthuisId", buurthuisId);
        errors.KnownArea("area", area, areas.Current);
        if (buurthuisId is null && area is null) errors.Add("buurthuisId", "Give buurthuisId or area.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var today = AgendaWeeks.TodayIn(clock);
        var (places, activities) = await agenda.LoadAsync(new AgendaFilter(area, null, today, null, id), context.User, ct);
        if (id is not null && places.Count == 0) return Problems.NotFound($"No buurthuis with id {id} that you may see.");
        var byId = places.ToDictionary(b => b.Id);
        var ics = AgendaCalendar.Write(activities.OrderBy(a => a.Title, StringComparer.CurrentCulture).Select(a => (a, byId[a.BuurthuisId])), today);
        return TypedResults.Text(ics, "text/calendar; charset=utf-8");
    }

    /// <summary>
    /// The feed behind a subscription link. Every failure (wrong, malformed or replaced token, a buurthuis
    /// since removed) is the same 404, so tokens cannot be told apart by probing.
    /// </summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> SubscribedFeed(
        string token, AgendaFeedLinks links, WeekAgenda agenda, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var notFound = Problems.NotFound("No agenda behind this link.");
        if (await links.ResolveAsync(token, ct) is not { } id) return notFound;
        var today = AgendaWeeks.TodayIn(clock);
        var (places, activities) = await agenda.LoadAsync(new AgendaFilter(null, null, today, null, id), AgendaFeedReader.Principal, ct);
        if (places.Count != 1) return notFound;
        var ics = AgendaCalendar.Write(activities.OrderBy(a => a.Title, StringComparer.CurrentCulture).Select(a => (a, places[0])), today, withContact: false);
        context.Response.Headers.CacheControl = "private, max-age=900";
        return TypedResults.Text(ics, "text/calendar; charset=utf-8");
    }
}

/// <summary>Who reads the agenda for a subscription link: sees every buurthuis, the link's filter narrows it to one.</summary>
internal static class AgendaFeedReader
{
    public static readonly System.Security.Claims.ClaimsPrincipal Principal = new(new System.Security.Claims.ClaimsIdentity(
        [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Roles.Staff)], "agenda-feed-link"));
}
