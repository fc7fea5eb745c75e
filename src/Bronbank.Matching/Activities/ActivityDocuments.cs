namespace Bronbank.Matching.Activities;

/// <summary>An activity as the activity index needs it: its words, and where and when it happens.</summary>
public sealed record ActivityDocument(
    Guid Id, string Title, string Kind, string Organisation, Guid BuurthuisId, string BuurthuisName, string Area, GeoPoint? Location,
    string Slot, IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Languages, string? Description);

/// <summary>A resident's question to find activities for; an empty availability means any time.</summary>
public sealed record ActivityQuery(string Text, GeoPoint? Location, IReadOnlyList<string> Availability, IReadOnlyList<string> Languages, int Limit = 5);

/// <summary>An activity that fits a question, with its score and the reasons in Dutch.</summary>
public sealed record ActivityMatch(Guid ActivityId, string Title, string Kind, Guid BuurthuisId, string BuurthuisName, string Slot,
    double? DistanceKm, double Score, IReadOnlyList<Reason> Reasons);
