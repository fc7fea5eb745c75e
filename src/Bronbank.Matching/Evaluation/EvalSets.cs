namespace Bronbank.Matching.Evaluation;

/// <summary>
/// The evaluation sets the repository carries in <c>tests/eval/&lt;name&gt;</c> (the development set is
/// <c>dev</c>), found by walking up from a folder to the one holding <c>Bronbank.sln</c>.
/// </summary>
public static class EvalSets
{
    public const string Development = "dev";

    /// <summary>The folder of every set in the repository, by name.</summary>
    public static IReadOnlyDictionary<string, string> All(string? from = null)
    {
        var root = Path.Combine(RepositoryRoot(from), "tests", "eval");
        return System.IO.Directory.EnumerateDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "requests.jsonl")))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToDictionary(d => Path.GetFileName(d), d => d);
    }

    /// <summary>The folder of one set: BRONBANK_EVAL_DIR when set (for the development set), else the repository's copy.</summary>
    public static string Directory(string name = Development, string? from = null)
    {
        if (name == Development && Environment.GetEnvironmentVariable("BRONBANK_EVAL_DIR") is { Length: > 0 } configured) return configured;
        return All(from).TryGetValue(name, out var found) ? found
            : throw new InvalidOperationException($"The evaluation set '{name}' was not found in tests/eval of the repository.");
    }

    private static string RepositoryRoot(string? from)
    {
        for (var dir = new DirectoryInfo(from ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bronbank.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository (the folder holding Bronbank.sln) was not found above " + (from ?? AppContext.BaseDirectory));
    }
}
