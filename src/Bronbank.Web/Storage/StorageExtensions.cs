using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Matches;
using JasperFx;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;
using Weasel.Core;

namespace Bronbank.Web.Storage;

public static class StorageExtensions
{
    public static IHostApplicationBuilder AddBronbankStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => DatabaseEndpoint.Resolve(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<ILogger<DatabaseEndpoint>>()));
        builder.Services.AddHostedService<EmbeddedDatabaseLifetime>();

        builder.Services.AddMarten(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var options = new StoreOptions();
            options.Connection(sp.GetRequiredService<DatabaseEndpoint>().ConnectionString);
            options.DatabaseSchemaName = storage.Schema;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.ConfigurePolly(DatabaseResilience.Configure);
            options.Logger(new QuietMartenLogger(sp.GetRequiredService<ILogger<QuietMartenLogger>>()));

            options.Schema.For<Volunteer>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version))
                .Index(x => x.Neighbourhood)
                .UniqueIndex(x => x.ExternalKey!);
            options.Schema.For<HelpRequest>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version))
                .Index(x => x.Status);
            options.Schema.For<StoredAreas>();
            options.Schema.For<User>().UniqueIndex(x => x.Email);
            options.Schema.For<Privacy.AuditEntry>().Index(x => x.SubjectId).Index(x => x.Actor).Index(x => x.At);
            options.Schema.For<ApiKey>().Index(x => x.Prefix).Index(x => x.UserId);
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
            options.Storage.ExtendedSchemaObjects.Add(ChangeLog.Definition(storage.Schema));
            return options;
        }).UseLightweightSessions();

        builder.Services.AddSingleton<DatabaseState>();
        builder.Services.AddHostedService<SchemaInitializer>();
        return builder;
    }
}
