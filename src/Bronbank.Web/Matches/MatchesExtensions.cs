using Bronbank.Domain.Matches;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Storage;
using JasperFx.Events.Projections;
using Marten;

namespace Bronbank.Web.Matches;

public static class MatchesExtensions
{
    public static IHostApplicationBuilder AddMatches(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MatchCommands>();
        builder.Services.AddScoped<MatchService>();
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<VolunteerCapacity>().UseNumericRevisions(true).Metadata(m => m.Revision.MapTo(x => x.Version));
            options.Schema.For<Match>().Index(x => x.RequestId).Index(x => x.VolunteerId);
            options.Events.AddEventTypes([typeof(MatchProposed), typeof(MatchConfirmed), typeof(MatchDeclined), typeof(MatchEnded), typeof(MatchNoteAdded), typeof(MatchFollowUpPlanned), typeof(MatchCheckedIn)]);
            options.Projections.Add<MatchProjection>(ProjectionLifecycle.Inline);
            // Capacity is part of a volunteer's searchable state, so it changes the volunteer.
            options.RecordChanges<VolunteerCapacity>(c => c.Id, ChangeTracking.KindOf<Volunteer>());
            options.RecordStreamChanges<Match>();
        });
        return builder;
    }
}
