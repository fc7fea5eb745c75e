using Bronbank.Domain.Validation;

namespace Bronbank.Web.Infrastructure;

/// <summary>One page of a listing, with the numbers a client needs to ask for the next.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>The page and page size a listing was asked for, checked; the listing adds its own filters' problems.</summary>
    public static ErrorBag Validate(int page, int pageSize)
    {
        var errors = new ErrorBag();
        if (page < 1) errors.Add("page", "Must be 1 or more.");
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"Must be between 1 and {MaxPageSize}.");
        return errors;
    }
}
