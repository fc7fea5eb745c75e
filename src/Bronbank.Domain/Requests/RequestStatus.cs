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
    public static RequestStatus? Parse(string? value) =>
        Enum.TryParse<RequestStatus>(value?.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(value, out _)
            ? status
            : null;

    public static string ToWire(this RequestStatus status) => status.ToString().ToLowerInvariant();
}
