using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Bronbank.Domain.Validation;

public static partial class ContactDetails
{
    // Digits with optional +, spaces, dashes and brackets: Dutch (06-12345678, 030 123 4567) and international numbers.
    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{7,19}$")]
    private static partial Regex PhonePattern();

    public static bool IsValidEmail(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && email.Contains('.', StringComparison.Ordinal);

    public static bool IsValidPhone(string phone) =>
        PhonePattern().IsMatch(phone) && phone.Count(char.IsDigit) is >= 8 and <= 15;
}
