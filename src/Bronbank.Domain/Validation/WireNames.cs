namespace Bronbank.Domain.Validation;

/// <summary>Wire names of enum values: kebab-case (<c>volunteer-not-available</c>), as clients send and read them.</summary>
public static class WireNames
{
    public static string ToWire<T>(this T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static T? Parse<T>(string? wire) where T : struct, Enum =>
        wire is null ? null : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(v!.Value.ToWire(), wire.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => v.ToWire()));
}
