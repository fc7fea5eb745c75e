using System.Text.RegularExpressions;

namespace Bronbank.Web.Tests.Architecture;

/// <summary>
/// Which folders of <c>src/Bronbank.Web</c> each folder uses, read from the source: a <c>using</c> (or
/// <c>@using</c>) of <c>Bronbank.Web.X</c>, a qualified <c>Bronbank.Web.X.Type</c>, or a name relative to the
/// shared parent namespace (<c>Privacy.PrivacyService</c> inside <c>Bronbank.Web.Accounts</c>). Comments and
/// string literals (routes such as <c>"/Accounts/SignOut"</c>) are not dependencies. The root
/// <c>_ViewImports.cshtml</c> counts for every folder with pages; the other root files are the composition root.
/// </summary>
public sealed partial class FolderGraph
{
    public const string Root = "(root)";

    /// <summary>Edges: folder → used folder → the files that use it.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, SortedSet<string>>> Uses { get; }

    public IReadOnlySet<string> Folders { get; }

    /// <summary>Files whose namespace is not their folder's (that would hide a dependency from this graph).</summary>
    public IReadOnlyList<string> Misplaced { get; }

    private FolderGraph(Dictionary<string, SortedDictionary<string, SortedSet<string>>> uses, SortedSet<string> folders, List<string> misplaced) =>
        (Uses, Folders, Misplaced) = (uses, folders, misplaced);

    public static FolderGraph Read(string projectDirectory) =>
        Of(Directory.EnumerateFiles(projectDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(projectDirectory, f).Replace('\\', '/'))
            .Where(f => !Regex.IsMatch(f, "^(bin|obj|node_modules|wwwroot)/"))
            .Select(f => (f, File.ReadAllText(Path.Combine(projectDirectory, f)))));

    /// <summary>The graph of a set of files, each a path relative to the project and its text.</summary>
    public static FolderGraph Of(IEnumerable<(string Path, string Text)> files)
    {
        var sources = files.Select(f => (f.Path, Folder: FolderOf(f.Path), Text: Strip(f.Path, f.Text))).ToList();
        var folders = new SortedSet<string>(sources.Select(s => s.Folder).Where(f => f != Root), StringComparer.Ordinal);
        var names = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));
        var misplaced = new List<string>();
        foreach (var (path, folder, text) in sources)
        {
            if (folder == Root) continue;
            foreach (Match m in Declaration().Matches(text)) names[folder].Add(m.Groups[1].Value);
            foreach (Match m in Namespace().Matches(text))
            {
                var ns = m.Groups[1].Value;
                var expected = "Bronbank.Web." + string.Join('.', path.Split('/')[..^1]);
                if (ns != expected) misplaced.Add($"{path} declares {ns}, its folder is {expected}");
                if (ns.Split('.') is [_, _, _, var sub, ..]) names[folder].Add(sub);
            }
        }

        var pageFolders = sources.Where(s => s.Path.EndsWith(".cshtml", StringComparison.Ordinal)).Select(s => s.Folder).Where(f => f != Root).ToHashSet();
        var uses = new Dictionary<string, SortedDictionary<string, SortedSet<string>>>();
        foreach (var (path, folder, text) in sources)
        {
            string[] users = path == "_ViewImports.cshtml" ? [.. pageFolders] : folder == Root ? [] : [folder];
            foreach (var used in UsedFolders(text, folders, names))
            {
                foreach (var user in users.Where(u => u != used))
                {
                    var edges = uses.TryGetValue(user, out var e) ? e : uses[user] = new(StringComparer.Ordinal);
                    (edges.TryGetValue(used, out var set) ? set : edges[used] = new(StringComparer.Ordinal)).Add(path);
                }
            }
        }
        return new FolderGraph(uses, folders, misplaced);
    }

    private static IEnumerable<string> UsedFolders(string text, IReadOnlySet<string> folders, Dictionary<string, HashSet<string>> names)
    {
        foreach (Match m in Qualified().Matches(text))
            if (folders.Contains(m.Groups[1].Value)) yield return m.Groups[1].Value;
        foreach (Match m in Relative().Matches(text))
            if (names.TryGetValue(m.Groups[1].Value, out var declared) && declared.Contains(m.Groups[2].Value)) yield return m.Groups[1].Value;
    }

    private static string FolderOf(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : Root;

    /// <summary>
    /// Without comments, and in C# without string literals (interpolated ones keep their code). Razor
    /// attribute values hold code (<c>model="@(Bronbank.Web.Search...)"</c>), so a page keeps its strings.
    /// </summary>
    private static string Strip(string path, string text)
    {
        var csharp = path.EndsWith(".cs", StringComparison.Ordinal);
        return Token().Replace(text, m =>
            m.Groups["comment"].Success ? " "
            : m.Groups["plain"].Success && csharp ? "\"\""
            : m.Value);
    }

    [GeneratedRegex(@"(?<comment>//[^\n]*|/\*.*?\*/|@\*.*?\*@)|(?<kept>\$@?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)')|(?<plain>@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*"")", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^\s*@?namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bBronbank\.Web\.(\w+)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<![\w.])(\w+)\.(\w+)")]
    private static partial Regex Relative();
}
