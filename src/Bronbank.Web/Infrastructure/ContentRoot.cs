namespace Bronbank.Web.Infrastructure;

/// <summary>
/// The content root (appsettings, wwwroot) is the application's own folder when Bronbank is started from
/// elsewhere: <c>dotnet /opt/bronbank/Bronbank.Web.dll</c> from any directory serves its stylesheets. Started
/// in its project folder (<c>dotnet run</c>) or under a test host, the usual root stays.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new() { Args = args, ContentRootPath = Resolve() };

    private static string? Resolve()
    {
        var startedAsItself = System.Reflection.Assembly.GetEntryAssembly() == typeof(ContentRoot).Assembly;
        var here = Directory.GetCurrentDirectory();
        var hasOwnFiles = Directory.Exists(Path.Combine(here, "wwwroot")) || File.Exists(Path.Combine(here, "appsettings.json"));
        return startedAsItself && !hasOwnFiles ? AppContext.BaseDirectory : null;
    }
}
