using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Tests.Analysis;

/// <summary>The activity taxonomy is broad, each activity one need in one domain, and every domain says what it holds.</summary>
public sealed class TaxonomyTests
{
    [Fact]
    public void The_taxonomy_holds_at_least_25_domains_and_200_activities()
    {
        WordLists.Taxonomy.Select(a => a.Domain).Distinct().Should().HaveCountGreaterThanOrEqualTo(25);
        WordLists.Taxonomy.Should().HaveCountGreaterThanOrEqualTo(200);
    }

    [Fact]
    public void Every_activity_has_one_name_and_words()
    {
        WordLists.Taxonomy.Select(a => a.Activity).Should().OnlyHaveUniqueItems();
        WordLists.Taxonomy.Should().OnlyContain(a => a.Phrases.Length >= 2);
    }

    [Fact]
    public void Every_domain_starts_with_a_comment_saying_what_it_holds()
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream("Bronbank.Matching.Analysis.Resources.taxonomy.txt")!;
        var lines = new StreamReader(stream).ReadToEnd().Split('\n').Select(l => l.Trim()).ToList();
        var headers = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith('[')).ToList();
        headers.Should().NotBeEmpty();
        headers.Should().OnlyContain(h => h.i + 1 < lines.Count && lines[h.i + 1].StartsWith('#'));
    }

    [Fact]
    public void Almost_every_phrase_becomes_a_rule()
    {
        // A phrase is skipped when analysis leaves nothing of it, or a multi-word phrase shrinks to one word.
        var phrases = WordLists.Taxonomy.SelectMany(a => a.Phrases).ToList();
        var skipped = phrases.Count(p => TextAnalysis.Terms(p).All(t => !TextAnalysis.IsConcept(t)));
        skipped.Should().BeLessThan(phrases.Count / 20, "a phrase that makes no rule is a word list entry that does nothing");
    }
}
