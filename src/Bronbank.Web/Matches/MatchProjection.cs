using Bronbank.Domain.Matches;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Bronbank.Web.Matches;

/// <summary>
/// Folds a match's events into its current state, inline with every append. Written as an explicit
/// Evolve so the domain project needs no code generator from the document store.
/// </summary>
public sealed class MatchProjection : SingleStreamProjection<Match, Guid>
{
    public override Match? Evolve(Match? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case MatchProposed proposed:
                snapshot = Match.Start(proposed);
                break;
            case MatchConfirmed confirmed:
                snapshot?.On(confirmed);
                break;
            case MatchDeclined declined:
                snapshot?.On(declined);
                break;
            case MatchEnded ended:
                snapshot?.On(ended);
                break;
            case MatchFollowUpPlanned planned:
                snapshot?.On(planned);
                break;
            case MatchCheckedIn checkedIn:
                snapshot?.On(checkedIn);
                break;
        }
        if (snapshot is not null) snapshot.Version = checked((int)e.Version);
        return snapshot;
    }
}
