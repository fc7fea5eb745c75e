using Bronbank.Domain.Matches;
using JasperFx.Events.Projections;
using Marten;

namespace Bronbank.Web.Matches;

public static class MatchesExtensions
{
    public static IHostApplicationBuilder AddMatches(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<MatchService>();
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<VolunteerCapacity>().UseNumericRevisions(true).Metadata(m => m.Revision.MapTo(x => x.Version));
            options.Schema.For<Match>().Index(x => x.RequestId).Index(x => x.VolunteerId);
            options.Events.AddEventTypes([typeof(MatchProposed), typeof(MatchConfirmed), typeof(MatchDeclined), typeof(MatchEnded), typeof(MatchNoteAdded)]);
            options.Projections.Add<MatchProjection>(ProjectionLifecycle.Inline);
            // Erasure masks the free text people typed about a volunteer in their match history.
            options.Events.AddMaskingRuleForProtectedInformation<MatchProposed>(e => e with { Note = null });
            options.Events.AddMaskingRuleForProtectedInformation<MatchConfirmed>(e => e with { Note = null });
            options.Events.AddMaskingRuleForProtectedInformation<MatchDeclined>(e => e with { Text = null });
            options.Events.AddMaskingRuleForProtectedInformation<MatchEnded>(e => e with { Note = null });
            options.Events.AddMaskingRuleForProtectedInformation<MatchNoteAdded>(e => e with { Text = "[verwijderd]" });
        });
        return builder;
    }
}
