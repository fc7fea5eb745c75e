namespace Bronbank.Web.Agenda;

public sealed record AgendaResponse(string Week, DateOnly From, DateOnly To, IReadOnlyList<AgendaBuurthuis> Buurthuizen);

public sealed record AgendaBuurthuis(Guid Id, string Name, string Area, string? Wijk, IReadOnlyList<AgendaDay> Days);

public sealed record AgendaDay(string Weekday, DateOnly Date, IReadOnlyList<AgendaSlot> Parts);

/// <summary>One day-part of one buurthuis: whether it is open then, and what happens.</summary>
public sealed record AgendaSlot(string DayPart, string Slot, bool Open, IReadOnlyList<AgendaItem> Activities);

public sealed record AgendaItem(Guid Id, string Title, string Kind, string Organisation, string Start, string End, IReadOnlyList<string> TargetGroups, string When);
