using Bronbank.Domain.Matches;
using JasperFx.Events;

namespace Bronbank.Web.Matches;

/// <summary>Erasure masks the free text people typed about a volunteer in their match history.</summary>
public static class MatchMasking
{
    /// <summary>Stages the masking of every event of these match streams on the session; the caller commits.</summary>
    public static async Task StageAsync(Marten.IDocumentSession session, IEnumerable<Guid> matchIds, CancellationToken ct)
    {
        foreach (var id in matchIds)
        {
            foreach (var e in await session.Events.FetchStreamAsync(id, token: ct))
            {
                if (TryMask(e)) session.Events.OverwriteEvent(e);
            }
        }
    }

    /// <summary>Masks the event in place when it carries such text; the caller stages the overwrite.</summary>
    public static bool TryMask(IEvent e)
    {
        switch (e)
        {
            case Event<MatchProposed> p: p.Data = p.Data with { Note = null }; return true;
            case Event<MatchConfirmed> c: c.Data = c.Data with { Note = null }; return true;
            case Event<MatchDeclined> d: d.Data = d.Data with { Text = null }; return true;
            case Event<MatchEnded> n: n.Data = n.Data with { Note = null }; return true;
            case Event<MatchCheckedIn> i: i.Data = i.Data with { Note = null }; return true;
            case Event<MatchNoteAdded> a: a.Data = a.Data with { Text = "[verwijderd]" }; return true;
            default: return false;
        }
    }
}
