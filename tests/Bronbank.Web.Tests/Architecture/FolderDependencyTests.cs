using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Architecture;

/// <summary>
/// The shape of <c>src/Bronbank.Web</c> (docs/architecture.md): cross-cutting folders know no feature, and
/// features use each other without loops, so a change to one feature touches one folder and the
/// features above it, never the whole house.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>Every other folder is a feature; a new folder is one unless it is added here.</summary>
    public static readonly string[] CrossCutting = ["Infrastructure", "Storage", "Telemetry", "Health", "Shared"];

    private static readonly Lazy<FolderGraph> Web = new(() =>
        FolderGraph.Read(Path.Combine(BronbankProcess.RepositoryRoot(), "src", "Bronbank.Web")));

    [Fact]
    public void Cross_cutting_folders_import_no_feature() =>
        CrossCuttingImports(Web.Value).Should().BeEmpty("Infrastructure, Storage, Telemetry, Health and Shared serve every feature; a feature registers what it adds to them");

    [Fact]
    public void Feature_folders_depend_on_each_other_without_loops() =>
        Loops(Web.Value).Should().BeEmpty("a loop between features makes them one feature in two folders");

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder() =>
        Web.Value.Misplaced.Should().BeEmpty("the folder rules are read from namespaces");

    [Fact]
    public void The_scan_sees_the_known_dependencies_of_the_web_project()
    {
        var uses = Web.Value.Uses;
        uses["Requests"].Should().ContainKey("Search", "the request pages show candidates (Bronbank.Web.Search)");
        uses["Privacy"].Should().ContainKey("Matches", "erasure stages its matches' closing (using Bronbank.Web.Matches)");
        uses["Insights"].Should().ContainKey("Visits", "insights count visits, named relative to Bronbank.Web (Visits.Visit)");
        uses["Health"].Should().ContainKey("Storage", "cross-cutting folders may use each other");
    }

    [Fact]
    public void A_loop_or_a_cross_cutting_import_in_the_source_fails_the_checks()
    {
        var graph = FolderGraph.Of([
            ("Alpha/A.cs", "using Bronbank.Web.Beta;\nnamespace Bronbank.Web.Alpha;\npublic sealed class A { B b; }"),
            ("Beta/B.cs", "namespace Bronbank.Web.Beta;\n// Gamma.G in a comment is no dependency\npublic sealed class B { Gamma.G g; string s = \"Alpha.A\"; }"),
            ("Gamma/G.cs", "namespace Bronbank.Web.Gamma;\npublic sealed class G { Alpha.A a; }"),
            ("Storage/S.cs", "namespace Bronbank.Web.Storage;\npublic sealed class S { Bronbank.Web.Alpha.A a; }"),
            ("Delta/Page.cshtml", "@model Delta.PageModel\n<a href=\"/Alpha/A\">alpha</a>"),
            ("Delta/Page.cshtml.cs", "namespace Bronbank.Web.Delta;\npublic sealed class PageModel;"),
            ("Epsilon/E.cs", "namespace Bronbank.Web.Epsilon.Inner;\npublic sealed class E;"),
            ("_ViewImports.cshtml", "@using Bronbank.Web.Storage\n@namespace Bronbank.Web"),
        ]);

        CrossCuttingImports(graph).Should().Equal("Storage → Alpha (Storage/S.cs)");
        Loops(graph).Should().Equal("Alpha → Beta → Gamma → Alpha");
        graph.Misplaced.Should().Equal("Epsilon/E.cs declares Bronbank.Web.Epsilon.Inner, its folder is Bronbank.Web.Epsilon");
        graph.Uses["Delta"].Keys.Should().Equal(["Storage"], "the root _ViewImports counts for every folder with pages, a route is no dependency");
    }

    private static List<string> CrossCuttingImports(FolderGraph graph) =>
        [.. from folder in CrossCutting
            where graph.Uses.ContainsKey(folder)
            from edge in graph.Uses[folder]
            where !CrossCutting.Contains(edge.Key)
            select $"{folder} → {edge.Key} ({string.Join(", ", edge.Value)})"];

    /// <summary>Each loop among the features as one shortest cycle, with the files that make its first step.</summary>
    private static List<string> Loops(FolderGraph graph)
    {
        var features = graph.Folders.Except(CrossCutting).ToHashSet();
        IEnumerable<string> Next(string folder) =>
            graph.Uses.TryGetValue(folder, out var edges) ? edges.Keys.Where(features.Contains) : [];

        var loops = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in features.Order(StringComparer.Ordinal))
        {
            // Breadth-first from start back to start: the shortest loop through it, written from its smallest folder.
            var cameFrom = new Dictionary<string, string>();
            var queue = new Queue<string>([start]);
            while (queue.Count > 0 && !cameFrom.ContainsKey(start))
            {
                var at = queue.Dequeue();
                foreach (var next in Next(at).Where(n => !cameFrom.ContainsKey(n)))
                {
                    cameFrom[next] = at;
                    queue.Enqueue(next);
                }
            }
            if (!cameFrom.ContainsKey(start)) continue;
            var cycle = new List<string>();
            for (var at = cameFrom[start]; at != start; at = cameFrom[at]) cycle.Insert(0, at);
            cycle.Insert(0, start);
            var first = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
            var ordered = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
            loops.Add(string.Join(" → ", ordered.Append(ordered[0])));
        }
        return [.. loops];
    }
}
