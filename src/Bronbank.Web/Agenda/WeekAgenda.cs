using System.Security.Claims;
using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;
using Bronbank.Web.Activities;
using Bronbank.Web.Areas;
using Marten;

namespace Bronbank.Web.Agenda;

public sealed record AgendaFilter(string? Area, string? Wijk, DateOnly Monday, string? TargetGroup, Guid? BuurthuisId = null);

/// <summary>
/// What happens in a week, per buurthuis, weekday and day-part: each activity on the dates its schedule
/// falls in that week (every week, every other week, the n-th or last weekday of the month).
/// </summary>
public sealed class WeekAgenda(IQuerySession session, AreaDirectory areas)
{
    public async Task<AgendaResponse> ForAsync(AgendaFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        var (places, activities) = await LoadAsync(filter, user, ct);
        var days = Enumerable.Range(0, 7).Select(i => filter.Monday.AddDays(i)).ToList();
        var rows = places.Select(b => new AgendaBuurthuis(b.Id, b.Name, b.Area, areas.Current.Find(b.Area)?.Wijk,
            [.. days.Select(date => Day(b, date, activities.Where(a => a.BuurthuisId == b.Id && a.Schedule.OccursOn(date))))])).ToList();
        return new AgendaResponse(AgendaWeeks.Name(filter.Monday), filter.Monday, filter.Monday.AddDays(6), rows);
    }

    /// <summary>The buurthuizen in the filter (a board member's own only) and their activities, for any week.</summary>
    public async Task<(List<Buurthuis> Places, List<Activity> Activities)> LoadAsync(AgendaFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        var area = areas.Current.Find(filter.Area);
        var places = (await session.Query<Buurthuis>().ToListAsync(ct))
            .Where(b => ActivityAccess.MayUse(user, b))
            .Where(b => filter.BuurthuisId is null || b.Id == filter.BuurthuisId)
            .Where(b => area is null || b.Area == area.Name)
            .Where(b => string.IsNullOrWhiteSpace(filter.Wijk) || string.Equals(areas.Current.Find(b.Area)?.Wijk, filter.Wijk.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var ids = places.Select(b => b.Id).ToArray();
        var group = filter.TargetGroup?.Trim().ToLowerInvariant();
        var activities = ids.Length == 0 ? [] : (await session.Query<Activity>().Where(a => ids.Contains(a.BuurthuisId)).ToListAsync(ct))
            .Where(a => string.IsNullOrEmpty(group) || a.TargetGroups.Contains(group)).ToList();
        return (places, activities);
    }

    private static AgendaDay Day(Buurthuis b, DateOnly date, IEnumerable<Activity> happening)
    {
        var weekday = DayParts.Days[((int)date.DayOfWeek + 6) % 7];
        var list = happening.OrderBy(a => a.Schedule.Start).ToList();
        return new AgendaDay(weekday, date, [.. DayParts.Parts.Select(part => new AgendaSlot(part, $"{weekday}-{part}", b.OpenDayParts.Contains($"{weekday}-{part}"),
            [.. list.Where(a => a.Schedule.DayPart == part).Select(a => new AgendaItem(a.Id, a.Title, a.Kind.ToWire(), a.Organisation,
                ActivityMapping.Time(a.Schedule.Start), ActivityMapping.Time(a.Schedule.End), a.TargetGroups, a.Schedule.Describe()))]))]);
    }
}
