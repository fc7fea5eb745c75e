using Bronbank.Domain.Validation;
using Marten;

namespace Bronbank.Web.Visits;

/// <summary>The organisations a spreekuur refers visitors to; one list, edited by the people who use it.</summary>
public sealed class ReferralList
{
    public const string CurrentId = "current";

    public static readonly IReadOnlyList<string> Usual =
        ["De Geldzaak", "Loket", "Wmo-loket", "Netwerk Informele Zorg", "sociaal raadslieden", "Buurtteam", "wijkinformatiepunt"];

    public string Id { get; set; } = CurrentId;
    public List<string> Organisations { get; set; } = [.. Usual];
    public DateTimeOffset? UpdatedAt { get; set; }

    public static async Task<IReadOnlyList<string>> LoadAsync(IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<ReferralList>(CurrentId, ct))?.Organisations ?? Usual;

    public static Dictionary<string, string[]> Validate(IReadOnlyList<string?>? organisations)
    {
        var errors = new ErrorBag();
        if (organisations is null || organisations.Count == 0) errors.Add("organisations", "At least one organisation.");
        else if (organisations.Count > 50) errors.Add("organisations", "At most 50 organisations.");
        else
        {
            for (var i = 0; i < organisations.Count; i++) errors.Text($"organisations[{i}]", organisations[i], required: true, 100);
            if (organisations.Where(o => o is not null).GroupBy(o => o!.Trim(), StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
                errors.Add("organisations", "Each organisation once.");
        }
        return errors.ToDictionary();
    }
}

public sealed record ReferralListBody(IReadOnlyList<string?>? Organisations);

public sealed record ReferralListResponse(IReadOnlyList<string> Organisations);
