using Bronbank.Domain.Areas;

namespace Bronbank.Domain.Validation;

/// <summary>What a client sends to create or replace a document: its rules by field, and its normal form once valid.</summary>
public interface IDraft<TSelf> where TSelf : IDraft<TSelf>
{
    /// <summary>Every rule the draft can check by itself; the problems by (camelCase) field, empty when valid.</summary>
    Dictionary<string, string[]> Validate(AreaCatalog areas);

    /// <summary>Trimmed, defaults filled, codes and names in canonical form. Only for a valid draft.</summary>
    TSelf Normalize(AreaCatalog areas);
}
