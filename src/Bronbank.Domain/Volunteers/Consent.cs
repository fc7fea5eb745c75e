namespace Bronbank.Domain.Volunteers;

/// <summary>
/// What the volunteer agreed to, as the client sends it. Nothing is pre-ticked: an absent or null
/// value means consent was not given.
/// </summary>
public sealed record ConsentInput(bool? Matching, bool? Boards);

/// <summary>
/// The consent in force: <c>Matching</c> lets the volunteer be a candidate; <c>Boards</c> lets their
/// buurthuis board see them in its pool. The server stamps when and by whom it was recorded.
/// </summary>
public sealed record ConsentRecord(bool Matching, bool Boards, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static ConsentRecord None(DateTimeOffset at, string by) => new(false, false, at, by);

    public bool SameChoicesAs(ConsentInput? input) => Matching == (input?.Matching ?? false) && Boards == (input?.Boards ?? false);
}
