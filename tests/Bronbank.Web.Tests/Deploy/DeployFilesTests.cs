using YamlDotNet.RepresentationModel;

namespace Bronbank.Web.Tests.Deploy;

/// <summary>
/// The deployment files, checked without a container engine: what operators rely on when a node is
/// drained or a pod restarts must be in them.
/// </summary>
public sealed class DeployFilesTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void The_Kubernetes_deployment_runs_several_probed_non_root_replicas_with_their_own_index_volume()
    {
        var documents = Load("deploy/k8s/bronbank.yaml");
        var deployment = documents.Single(d => Text(d, "kind") == "Deployment");

        int.Parse(Text(deployment, "spec", "replicas")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(1);
        var pod = Node(deployment, "spec", "template", "spec")!;
        Text(pod, "securityContext", "runAsNonRoot").Should().Be("true");
        var container = ((YamlSequenceNode)pod["containers"]).Children.Cast<YamlMappingNode>().Single();
        Text(container, "readinessProbe", "httpGet", "path").Should().Be("/health/ready");
        Text(container, "livenessProbe", "httpGet", "path").Should().Be("/health/live");

        var indexPath = ((YamlSequenceNode)container["env"]).Children.Cast<YamlMappingNode>()
            .Single(e => Text(e, "name") == "Bronbank__Index__Path");
        var mounts = ((YamlSequenceNode)container["volumeMounts"]).Children.Cast<YamlMappingNode>();
        var indexMount = mounts.Single(m => Text(m, "mountPath") == Text(indexPath, "value"));
        var volume = ((YamlSequenceNode)pod["volumes"]).Children.Cast<YamlMappingNode>().Single(v => Text(v, "name") == Text(indexMount, "name"));
        Node(volume, "ephemeral").Should().NotBeNull("each pod keeps its own index, rebuilt from PostgreSQL");

        var budget = documents.Single(d => Text(d, "kind") == "PodDisruptionBudget");
        Text(budget, "spec", "selector", "matchLabels", "app").Should().Be(Text(deployment, "spec", "selector", "matchLabels", "app"));
    }

    [Fact]
    public void PostgreSQL_on_Kubernetes_comes_from_an_operator_and_its_secret_feeds_the_connection_string()
    {
        var cluster = Load("deploy/k8s/postgres.yaml").Single();
        Text(cluster, "apiVersion").Should().StartWith("postgresql.cnpg.io/");
        Text(cluster, "kind").Should().Be("Cluster");

        var deployment = Load("deploy/k8s/bronbank.yaml").Single(d => Text(d, "kind") == "Deployment");
        var env = ((YamlSequenceNode)Node(deployment, "spec", "template", "spec")!["containers"][0]["env"]).Children.Cast<YamlMappingNode>().ToList();
        env.Where(e => Text(e, "valueFrom", "secretKeyRef", "name") == Text(cluster, "metadata", "name") + "-app").Should().HaveCount(2);
        Text(env.Single(e => Text(e, "name") == "ConnectionStrings__Bronbank"), "value").Should().Contain("Host=" + Text(cluster, "metadata", "name") + "-rw");
    }

    [Fact]
    public void The_compose_file_puts_a_proxy_in_front_of_two_replicas_on_one_database()
    {
        var compose = Load("deploy/compose.yaml").Single();
        var services = (YamlMappingNode)compose["services"];
        // The second replica takes the first one's settings through a YAML merge key (<<), as compose resolves it.
        var replicas = services.Children.Where(s => s.Value is YamlMappingNode m
            && (m.Children.ContainsKey("build") || Node(m, "<<", "build") is not null)).ToList();
        replicas.Should().HaveCount(2);
        replicas.Select(r => Text((YamlMappingNode)r.Value, "volumes")).Should().OnlyHaveUniqueItems("each replica has its own index volume");

        var nginx = File.ReadAllText(Path.Combine(Root, "deploy/nginx/nginx.conf"));
        foreach (var replica in replicas) nginx.Should().Contain($"server {replica.Key}:8080");
        nginx.Should().Contain("proxy_next_upstream error timeout");
        services.Children.Keys.Select(k => k.ToString()).Should().Contain("postgres");
    }

    [Fact]
    public void The_proxies_terminate_TLS_and_Bronbank_believes_only_their_forwarded_headers()
    {
        var nginx = File.ReadAllText(Path.Combine(Root, "deploy/nginx/nginx.conf"));
        nginx.Should().Contain("listen 443 ssl").And.Contain("ssl_certificate ").And.Contain("return 301 https://");
        nginx.Should().Contain("proxy_set_header X-Forwarded-For $remote_addr;", "a client's own X-Forwarded-For is overwritten");

        var documents = Load("deploy/k8s/bronbank.yaml");
        var ingress = documents.Single(d => Text(d, "kind") == "Ingress");
        Text(ingress, "spec", "tls", "hosts").Should().Be(Text(ingress, "spec", "rules", "host"));
        Text(ingress, "spec", "tls", "secretName").Should().NotBeNullOrEmpty();
        var env = ((YamlSequenceNode)Node(documents.Single(d => Text(d, "kind") == "Deployment"), "spec", "template", "spec")!["containers"][0]["env"]).Children.Cast<YamlMappingNode>();
        env.Should().Contain(e => Text(e, "name")!.StartsWith("Bronbank__ForwardedHeaders__", StringComparison.Ordinal));

        var compose = (YamlMappingNode)Load("deploy/compose.yaml").Single()["services"];
        Text(compose, "bronbank-a", "environment").Should().Contain("Bronbank__ForwardedHeaders__");
    }

    private static List<YamlMappingNode> Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, path));
        stream.Load(reader);
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    private static YamlNode? Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is YamlSequenceNode sequence) node = sequence.Children[0];
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next)) return null;
            node = next;
        }
        return node;
    }

    private static string? Text(YamlNode node, params string[] path) => Node(node, path) switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => string.Join(",", sequence.Children),
        { } other => other.ToString(),
        null => null,
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bronbank.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Bronbank.sln not found above " + AppContext.BaseDirectory);
    }
}
