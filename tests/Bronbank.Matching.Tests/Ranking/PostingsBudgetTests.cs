using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Bronbank.Matching.Ranking;

namespace Bronbank.Matching.Tests.Ranking;

/// <summary>A request reads at most a budget of postings: the clauses that can add least go first, the ask stays.</summary>
public sealed class PostingsBudgetTests : IDisposable
{
    private readonly TempIndex _index = new();

    public PostingsBudgetTests()
    {
        _index.Add([.. Enumerable.Range(0, 120).Select(i => TempIndex.Volunteer($"Wandelaar {i}", ["wandelen", "fietsen"], talents: ["koken"],
            about: "Ik wandel graag en fiets veel."))]);
        _index.Add(TempIndex.Volunteer("Schaker", ["schaken"], about: "Schaken in de bibliotheek."));
    }

    public void Dispose() => _index.Dispose();

    private static string Word(string text) => TextAnalysis.Terms(text).First(t => !TextAnalysis.IsConcept(t));

    private List<Clause> Clauses(string text) =>
        _index.Index.WithSearcher(s => QueryBuilder.ForTerms(s.IndexReader, NeedProfile.Of(text).Terms));

    [Fact]
    public void Over_the_budget_the_common_words_in_the_about_text_go_and_the_rare_ask_stays()
    {
        var clauses = Clauses("wandelen, fietsen, koken en schaken");
        clauses.Count.Should().BeGreaterThan(QueryBuilder.AlwaysKept);

        var kept = _index.Index.WithSearcher(s => QueryBuilder.WithinBudget(s.IndexReader, clauses, budget: 10));

        kept.Count.Should().BeLessThan(clauses.Count).And.BeGreaterThanOrEqualTo(QueryBuilder.AlwaysKept);
        kept.Should().Contain(c => c.Field == IndexFields.Passion && c.Term == Word("schaken"));
        kept.Should().NotContain(c => c.Field == IndexFields.About && c.Term == Word("wandelen"), "a word in every about text can add least");
    }

    [Fact]
    public void Within_the_budget_every_clause_a_profile_holds_is_kept()
    {
        var clauses = Clauses("wandelen, fietsen, koken en schaken");

        var kept = _index.Index.WithSearcher(s => QueryBuilder.WithinBudget(s.IndexReader, clauses, budget: 100_000));

        kept.Should().BeEquivalentTo(clauses, "a small pool never comes near the default budget");
    }
}
