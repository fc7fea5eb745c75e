namespace Bronbank.Web.Tests.Browser;

/// <summary>
/// The browser tests share one host and one Chromium, and run on their own after the parallel tests:
/// on a two-core machine a browser competing with forty other hosts only measures the competition.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
