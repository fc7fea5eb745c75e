using Marten;

namespace Bronbank.Web.Agenda;

public static class AgendaExtensions
{
    public static IHostApplicationBuilder AddAgenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<WeekAgenda>();
        builder.Services.AddScoped<AgendaFeedLinks>();
        builder.Services.ConfigureMarten(options =>
            options.Schema.For<AgendaFeedLink>().Index(x => x.Hash, index => index.IsUnique = true));
        return builder;
    }
}
