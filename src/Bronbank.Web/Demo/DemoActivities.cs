using System.Security.Claims;
using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Accounts;
using Bronbank.Web.Activities;
using Bronbank.Web.Buurthuizen;
using Bronbank.Web.Infrastructure;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Bronbank.Web.Demo;

/// <summary>
/// The demo's buurthuizen as places (address, coordinates, open day-parts) and a realistic week of
/// activities and spreekuren in them, so the agenda, the bouwblokken and the candidates show something.
/// Idempotent: a buurthuis already registered under the name is used as it is, an activity already there
/// (same title in the same buurthuis) is left alone; a restart adds nothing twice.
/// </summary>
internal static class DemoActivities
{
    private sealed record Place(string Name, string Area, string Address, double Lat, double Lon, string Opening, string[] Open);

    private sealed record Block(string Place, string Title, string Kind, string Organisation, string Weekday, string Start, string End,
        string Recurrence, string[] Groups, string Description, int? WeekOfMonth = null, string[]? Languages = null);

    private static readonly string[] Weekdays9to17 = ["ma-ochtend", "ma-middag", "di-ochtend", "di-middag", "wo-ochtend", "wo-middag", "do-ochtend", "do-middag", "vr-ochtend"];

    private static readonly Place[] Places =
    [
        new(AccountBootstrapper.DemoBoardBuurthuis, "Zuilen", "Boogstraat 12", 52.1076, 5.0975, "ma t/m vr 9–17 uur, di en do ook 's avonds",
            [.. Weekdays9to17, "di-avond", "do-avond"]),
        new("Buurtcentrum De Leeuw", "Ondiep", "Leeuwendaallaan 4", 52.1032, 5.1058, "ma t/m vr 9–17 uur", Weekdays9to17),
        new("Wijkcentrum Het Hart", "Kanaleneiland", "Marshalllaan 20", 52.0742, 5.0962, "ma t/m za 9–22 uur",
            [.. Weekdays9to17, "ma-avond", "di-avond", "wo-avond", "vr-middag", "za-ochtend"]),
        new("Buurthuis Oase", "Overvecht", "Zambesidreef 31", 52.1178, 5.1112, "ma t/m vr 9–17 uur, wo ook 's avonds", [.. Weekdays9to17, "wo-avond"]),
        new("Huis van de Buurt De Linde", "Lombok", "Kanaalstraat 101", 52.0925, 5.1002, "di t/m vr 9–17 uur",
            ["di-ochtend", "di-middag", "wo-ochtend", "wo-middag", "do-ochtend", "do-middag", "vr-ochtend"]),
        new("Buurtcentrum De Brug", "Hoograven", "Hooft Graaflandstraat 8", 52.0738, 5.1221, "ma, wo en vr 9–17 uur",
            ["ma-ochtend", "ma-middag", "wo-ochtend", "wo-middag", "vr-ochtend", "vr-middag"]),
    ];

    private static readonly Block[] Blocks =
    [
        // De Boog: the Tuesday morning cluster the method aims for, and an evening.
        new(AccountBootstrapper.DemoBoardBuurthuis, "Huiskamer", "activiteit", "Huis van de Buurt", "di", "10:00", "12:00", "weekly",
            ["ouderen", "buurtbewoners"], "Koffie, een krant en een praatje: binnenlopen wanneer u wilt, er is altijd iemand."),
        new(AccountBootstrapper.DemoBoardBuurthuis, "Inloopspreekuur digitale bruisplek", "spreekuur", "Bibliotheek Utrecht", "di", "10:00", "12:00", "weekly",
            ["ouderen"], "Hulp met de telefoon, DigiD, de computer en online formulieren."),
        new(AccountBootstrapper.DemoBoardBuurthuis, "Spreekuur sociaal raadslieden", "spreekuur", "Sociaal raadslieden", "di", "10:30", "12:00", "monthly",
            ["mensen met geldzorgen"], "Vragen over brieven, toeslagen, schulden en regelingen; neem uw post mee.", WeekOfMonth: 1),
        new(AccountBootstrapper.DemoBoardBuurthuis, "Koffie-inloop", "activiteit", "Huis van de Buurt", "do", "14:00", "16:00", "weekly",
            ["ouderen"], "Samen koffie drinken en een spelletje; wie slecht ter been is wordt gehaald."),
        new(AccountBootstrapper.DemoBoardBuurthuis, "Repaircafé", "activiteit", "Repair Café Zuilen", "do", "19:00", "21:30", "biweekly",
            ["buurtbewoners"], "Samen kapotte spullen repareren: fietsen, kleding, lampen, kleine apparaten."),
        // De Leeuw in Ondiep is close to De Boog: the Huiskamer there competes for the same Tuesday-morning visitors.
        new("Buurtcentrum De Leeuw", "Ontmoetingsochtend", "activiteit", "Buurtteam Noordwest", "di", "09:30", "11:30", "weekly",
            ["ouderen"], "Ontmoeten, bewegen op de stoel en een kop soep."),
        new("Buurtcentrum De Leeuw", "Buurtteam spreekuur", "spreekuur", "Buurtteam Noordwest", "wo", "09:00", "11:00", "weekly",
            ["ouders", "mantelzorgers", "mensen met geldzorgen"], "Vrij binnenlopen met vragen over opvoeden, zorg, geld of wonen."),
        new("Buurtcentrum De Leeuw", "Mantelzorgcafé", "activiteit", "Mantelzorg Utrecht", "ma", "14:00", "16:00", "monthly",
            ["mantelzorgers"], "Even op adem komen en ervaringen delen met andere mantelzorgers.", WeekOfMonth: -1),
        // Het Hart in Kanaleneiland: language, parents, young people.
        new("Wijkcentrum Het Hart", "Taalcafé", "activiteit", "Taal Doet Meer", "wo", "19:00", "21:00", "weekly",
            ["nieuwkomers"], "Nederlands oefenen in een gesprek met vrijwilligers, op elk niveau.", Languages: ["nl", "ar", "tr"]),
        new("Wijkcentrum Het Hart", "Inloopspreekuur Wijk Informatielijn", "spreekuur", "Wijk Informatielijn", "di", "09:30", "12:00", "weekly",
            ["buurtbewoners", "nieuwkomers"], "Informatie en doorverwijzing: formulieren, wonen, werk en zorg.", Languages: ["nl", "ar", "tr"]),
        new("Wijkcentrum Het Hart", "Moedercafé", "activiteit", "Buurtteam Zuidwest", "do", "09:30", "11:30", "weekly",
            ["ouders", "nieuwkomers"], "Moeders ontmoeten elkaar, met opvoedvragen en kinderopvang in de zaal ernaast.", Languages: ["nl", "ar", "so"]),
        new("Wijkcentrum Het Hart", "Jongereninloop", "activiteit", "JoU jongerenwerk", "vr", "15:00", "17:30", "weekly",
            ["jongeren"], "Tafeltennis, huiswerkhulp en een jongerenwerker om mee te praten."),
        new("Wijkcentrum Het Hart", "Spreekuur sociaal raadslieden", "spreekuur", "Sociaal raadslieden", "ma", "13:30", "15:30", "biweekly",
            ["mensen met geldzorgen"], "Hulp bij brieven van instanties, toeslagen en schulden.", Languages: ["nl", "ar"]),
        // Oase in Overvecht.
        new("Buurthuis Oase", "Huiskamer", "activiteit", "Huis van de Buurt", "wo", "10:00", "12:00", "weekly",
            ["ouderen", "buurtbewoners"], "De huiskamer van de buurt: koffie, krant en gezelschap."),
        new("Buurthuis Oase", "Geldcafé", "spreekuur", "De Geldzaak", "wo", "14:00", "16:00", "weekly",
            ["mensen met geldzorgen"], "Samen de administratie op orde brengen; anoniem en gratis."),
        new("Buurthuis Oase", "Wandelgroep", "activiteit", "Buurtsportcoach Overvecht", "vr", "10:00", "11:30", "weekly",
            ["ouderen", "buurtbewoners"], "Een rustige wandeling door het Gagelbos, op ieders tempo."),
        // De Linde in Lombok.
        new("Huis van de Buurt De Linde", "Taalcafé", "activiteit", "Bibliotheek Utrecht", "di", "14:00", "16:00", "weekly",
            ["nieuwkomers"], "Nederlands praten met buurtgenoten bij thee.", Languages: ["nl", "ar", "tr", "pl"]),
        new("Huis van de Buurt De Linde", "Inloopspreekuur digitale bruisplek", "spreekuur", "Bibliotheek Utrecht", "do", "10:00", "12:00", "weekly",
            ["ouderen", "nieuwkomers"], "Hulp met apps, e-mail en DigiD."),
        // De Brug in Hoograven.
        new("Buurtcentrum De Brug", "Buurtteam spreekuur", "spreekuur", "Buurtteam Zuid", "ma", "09:00", "11:00", "weekly",
            ["ouders", "mantelzorgers"], "Vragen over opvoeden, zorg of geld: binnenlopen mag."),
        new("Buurtcentrum De Brug", "Samen eten", "activiteit", "Huis van de Buurt", "vr", "12:00", "14:00", "weekly",
            ["ouderen", "buurtbewoners"], "Een warme maaltijd voor vijf euro, samen aan tafel."),
    ];

    /// <summary>Every demo place and block that is not there yet; answers how many activities it added.</summary>
    public static async Task<int> EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var session = provider.GetRequiredService<IQuerySession>();
        var places = new Dictionary<string, Buurthuis>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in Places)
        {
            var found = await BuurthuisService.FindAsync(session, p.Name, ct);
            if (found is null)
            {
                var draft = new BuurthuisDraft { Name = p.Name, Area = p.Area, Address = p.Address, Lat = p.Lat, Lon = p.Lon, OpeningNotes = p.Opening, OpenDayParts = p.Open };
                try
                {
                    await using var create = services.CreateAsyncScope();
                    found = (await create.ServiceProvider.GetRequiredService<BuurthuisService>().CreateAsync(draft, ct)).Value;
                }
                catch (Exception e) when (e is DocumentAlreadyExistsException or MartenCommandException)
                {
                    // The demo board's account registered it at the same moment: then it is there.
                    found = await BuurthuisService.FindAsync(session, p.Name, ct);
                }
            }
            if (found is not null) places[p.Name] = found;
        }

        var demo = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "demo-data"));
        var activities = provider.GetRequiredService<ActivityService>();
        var existing = (await session.Query<Activity>().Select(a => new { a.BuurthuisId, a.Title }).ToListAsync(ct))
            .Select(a => (a.BuurthuisId, a.Title)).ToHashSet();
        var added = 0;
        foreach (var b in Blocks)
        {
            if (!places.TryGetValue(b.Place, out var place) || existing.Contains((place.Id, b.Title))) continue;
            var draft = new ActivityDraft
            {
                Title = b.Title, Kind = b.Kind, Organisation = b.Organisation, BuurthuisId = place.Id, TargetGroups = b.Groups, Description = b.Description,
                Languages = b.Languages ?? ["nl"],
                Schedule = new ScheduleInput
                {
                    Weekday = b.Weekday, Start = b.Start, End = b.End, Recurrence = b.Recurrence, WeekOfMonth = b.WeekOfMonth,
                    // Every other week counts from a first date; the first Thursday of 2026 for the repaircafé.
                    From = b.Recurrence == "biweekly" ? new DateOnly(2026, 1, 1) : null,
                },
            };
            if ((await activities.CreateAsync(draft, demo, ct)).Succeeded) added++;
        }
        return added;
    }
}
