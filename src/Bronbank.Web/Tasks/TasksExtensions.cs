namespace Bronbank.Web.Tasks;

public static class TasksExtensions
{
    /// <summary>"Te doen" (<c>/taken</c>): the coordinator's list of what is due this week.</summary>
    public static IHostApplicationBuilder AddTasks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<TaskList>();
        return builder;
    }
}
