namespace Bronbank.Web.Agenda;

public static class AgendaExtensions
{
    public static IHostApplicationBuilder AddAgenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<WeekAgenda>();
        return builder;
    }
}
