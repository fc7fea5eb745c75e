namespace Bronbank.Domain.Requests;

/// <summary>Where a help request stands: open, a volunteer proposed, matched, or closed.</summary>
public enum RequestStatus
{
    Open,
    Proposed,
    Matched,
    Closed,
}

public static class RequestStatuses
{
    public static RequestStatus? Parse(string? value) => Validation.WireNames.Parse<RequestStatus>(value);
}
