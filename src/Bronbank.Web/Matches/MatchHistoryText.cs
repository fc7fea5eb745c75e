using Bronbank.Domain.Matches;
using Bronbank.Web.Infrastructure.Pages;

namespace Bronbank.Web.Matches;

/// <summary>A match event as a line of Dutch history: what happened, who did it (an actor id) and any text.</summary>
public static class MatchHistoryText
{
    public sealed record Entry(DateTimeOffset At, string What, string Actor, string? Text);

    public static Entry? Of(object data) => data switch
    {
        MatchProposed p => new(p.At, "voorgesteld", p.Actor, p.Note),
        MatchConfirmed c => new(c.At, "bevestigd", c.Actor, c.Note),
        MatchDeclined d => new(d.At, $"afgewezen: {DutchWords.Of(d.Reason)}", d.Actor, d.Text),
        MatchEnded x => new(x.At, $"beëindigd: {DutchWords.Of(x.Outcome)}", x.Actor, x.Note),
        MatchNoteAdded n => new(n.At, "notitie", n.Actor, n.Text),
        MatchFollowUpPlanned f => new(f.At, $"opvolgen op {DutchWords.Date(f.On)}", f.Actor, null),
        MatchCheckedIn c => new(c.At, $"nagevraagd: {DutchWords.Of(c.State)}; opvolgen op {DutchWords.Date(c.NextFollowUp)}", c.Actor, c.Note),
        _ => null,
    };
}
