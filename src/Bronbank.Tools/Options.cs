namespace Bronbank.Tools;

/// <summary>"--name value" and "--flag" arguments.</summary>
internal sealed class Options(string[] args)
{
    public string? Get(string name)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public bool Has(string name) => args.Contains("--" + name);
}
