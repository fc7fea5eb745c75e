using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Matches;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Start;

/// <summary>What needs attention, per role: requests without a proposal, proposals to confirm, volunteers waiting, the board's pool, the admin's work.</summary>
public sealed class IndexModel(IQuerySession session, Tasks.TaskList tasks) : PageModel
{
    public List<(string Href, string Text)> Items { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(Roles.Coordinator))
        {
            var todo = await tasks.CountAsync(ct);
            Items.Add(("/taken", todo.Count == 0 ? "Te doen: nu niets" : $"Te doen: {Count(todo.FollowUps, "koppeling om na te vragen", "koppelingen om na te vragen")}, {todo.Others} andere dingen"));
            var open = await session.Query<HelpRequest>().CountAsync(r => r.Status == RequestStatus.Open, ct);
            var proposals = await session.Query<Match>().CountAsync(m => m.Status == MatchStatus.Proposed, ct);
            Items.Add(("/hulpvragen?status=open", Count(open, "hulpvraag zonder voorstel", "hulpvragen zonder voorstel")));
            Items.Add(("/koppelingen?status=proposed", Count(proposals, "voorstel wacht op bevestiging", "voorstellen wachten op bevestiging")));
        }
        if (User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Coordinator))
        {
            var waiting = await WaitingForFirstMatchAsync(ct);
            Items.Add(("/vrijwilligers", Count(waiting, "vrijwilliger wacht op een eerste koppeling", "vrijwilligers wachten op een eerste koppeling")));
        }
        if (User.IsInRole(Roles.Board)) Items.Add(("/buurthuis", "De vrijwilligers van uw buurthuis"));
        if (User.IsInRole(Roles.Admin))
        {
            Items.Add(("/beheer", "Gebruikers, rollen en API-sleutels beheren"));
            Items.Add(("/privacy", "Inzage en verwijderen op verzoek van een vrijwilliger"));
        }
    }

    /// <summary>Active volunteers never matched, counted in PostgreSQL rather than by reading every id.</summary>
    private async Task<int> WaitingForFirstMatchAsync(CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Schema;
        var counts = await session.AdvancedSql.QueryAsync<int>($"""
            select count(*)::int from {schema.For<Volunteer>()} v
            left join {schema.For<VolunteerCapacity>()} c on c.id = v.id
            where (v.data ->> 'active')::boolean and c.data ->> 'firstMatchedAt' is null
            """, ct);
        return counts.Single();
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
