namespace Bronbank.DataGen;

/// <summary>Names as they occur in Dutch cities, with the languages their bearers often speak besides Dutch.</summary>
internal static class People
{
    public sealed record Origin(string[] FirstNames, string[] LastNames, string[] Languages, int Weight);

    public static readonly Origin[] Origins =
    [
        new(["Anna", "Gerrit", "Ineke", "Kees", "Marieke", "Jan", "Sanne", "Pieter", "Els", "Bram", "Fenna", "Henk", "Lotte", "Wim", "Joke", "Ruud", "Sophie", "Daan"],
            ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks"], ["en"], 60),
        new(["Fatima", "Mohamed", "Khadija", "Youssef", "Naima", "Said", "Samira", "Rachid"], ["El Amrani", "Bouzid", "Tahiri", "Ait Said", "El Idrissi", "Benali"], ["ar", "zgh"], 10),
        new(["Ayse", "Mehmet", "Fatma", "Mustafa", "Elif", "Emre"], ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Ozturk"], ["tr"], 8),
        new(["Sharon", "Ricardo", "Priya", "Glenn", "Chantal"], ["Sewdien", "Jagesar", "Kramer", "Doelwijt", "Rozendaal"], ["srn", "en"], 5),
        new(["Agnieszka", "Piotr", "Katarzyna", "Tomasz"], ["Kowalski", "Nowak", "Wisniewska", "Zielinski"], ["pl", "en"], 4),
        new(["Rasha", "Ahmad", "Lina", "Omar"], ["Al-Hassan", "Haddad", "Khalil", "Mansour"], ["ar", "en"], 4),
        new(["Senait", "Yonas", "Helen", "Filmon"], ["Tesfay", "Gebremedhin", "Kidane", "Berhane"], ["ti", "en"], 3),
        new(["Hodan", "Abdi", "Amina", "Farah"], ["Ali", "Warsame", "Hassan", "Mohamud"], ["so"], 3),
        new(["Olena", "Dmytro", "Iryna", "Andriy"], ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk"], ["uk", "ru", "en"], 3),
    ];

    public static readonly string[] BuurthuisPrefixes = ["Huis van de Buurt", "Buurthuis", "Buurtcentrum", "Wijkcentrum"];
    public static readonly string[] BuurthuisNames = ["De Boog", "De Dreef", "De Leeuw", "Het Hart", "De Kuil", "Oase", "De Brug", "Het Anker", "De Linde"];
}
