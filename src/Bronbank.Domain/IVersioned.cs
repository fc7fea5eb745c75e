namespace Bronbank.Domain;

/// <summary>A document edited under optimistic concurrency: the store keeps its revision in <see cref="Version"/>.</summary>
public interface IVersioned
{
    int Version { get; }
}
