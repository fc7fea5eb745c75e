using System.Security.Cryptography;
using System.Text;

namespace Bronbank.Web.Accounts;

/// <summary>Making and checking API keys: <c>bbk_</c> + 43 characters of base64url randomness.</summary>
public static class ApiKeys
{
    public const string Scheme = "bbk_";
    public const int PrefixLength = 12;

    public static string NewKey() => Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string PrefixOf(string key) => key.Length >= PrefixLength ? key[..PrefixLength] : key;

    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(key)), Encoding.ASCII.GetBytes(expectedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
