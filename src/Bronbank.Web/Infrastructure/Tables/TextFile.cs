using System.Text;

namespace Bronbank.Web.Infrastructure.Tables;

/// <summary>
/// The text of an uploaded file as offices save it: UTF-8 with or without a byte order mark, UTF-16 with
/// one, or — when the bytes are not valid UTF-8 — Windows-1252, what Dutch Excel writes as "CSV (gescheiden door lijstscheidingsteken)".
/// </summary>
public static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF])) return StrictOrLatin(bytes[3..]);
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        return StrictOrLatin(bytes);
    }

    private static string StrictOrLatin(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
