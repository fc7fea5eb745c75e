using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Bronbank.Matching.Indexing;

/// <summary>
/// The profile as the index keeps it beside the postings (doc values), and back. Every start reads all of them, so
/// the layout is made to be read fast: a format byte, the id's 16 bytes, then each field in declaration order —
/// strings as a length and UTF-8, lists as a count and strings, numbers as variable-length integers, the flags as
/// one byte. Decoding takes the shared copy of a short string (<see cref="SharedStrings"/>) straight from its bytes,
/// so the many volunteers who share an area or a passion allocate nothing for it. Indexes written before hold the
/// profile as JSON (its first byte is '{'); those are still read.
/// </summary>
internal static class ProfileCodec
{
    private const byte Format = 1;
    private const byte HasLocation = 1, HasBuurthuis = 2, HasAbout = 4, EverMatched = 8, IsActive = 16, Consent = 32;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Encode(VolunteerDocument v)
    {
        var bytes = new ArrayBufferWriter<byte>(256);
        var buffer = new Writer(bytes);
        buffer.Byte(Format);
        v.Id.TryWriteBytes(buffer.Take(16));
        buffer.Byte((byte)((v.Location is null ? 0 : HasLocation) | (v.Buurthuis is null ? 0 : HasBuurthuis) | (v.About is null ? 0 : HasAbout)
                           | (v.HasEverBeenMatched ? EverMatched : 0) | (v.Active ? IsActive : 0) | (v.ConsentMatching ? Consent : 0)));
        buffer.Text(v.Name);
        buffer.Text(v.Neighbourhood);
        if (v.Buurthuis is not null) buffer.Text(v.Buurthuis);
        buffer.List(v.Passions);
        buffer.List(v.Talents);
        if (v.About is not null) buffer.Text(v.About);
        buffer.List(v.Availability);
        buffer.List(v.Languages);
        if (v.Location is { } at)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(buffer.Take(8), at.Lat);
            BinaryPrimitives.WriteDoubleLittleEndian(buffer.Take(8), at.Lon);
        }
        buffer.Number(v.MaxMatches);
        buffer.Number(v.ActiveMatches);
        return bytes.WrittenSpan.ToArray();
    }

    /// <summary>The profile in these bytes, its short strings shared. Throws <see cref="InvalidDataException"/> when they are not one.</summary>
    public static VolunteerDocument Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) throw new InvalidDataException("Empty stored volunteer.");
        if (bytes[0] == (byte)'{') return SharedStrings.Compact(JsonSerializer.Deserialize<VolunteerDocument>(bytes, Json) ?? throw new InvalidDataException("Empty stored volunteer."));
        if (bytes[0] != Format) throw new InvalidDataException($"Unknown stored volunteer format {bytes[0]}.");
        var reader = new Reader(bytes[1..]);
        var id = new Guid(reader.Take(16));
        var flags = reader.Byte();
        var name = reader.Text(share: false);
        var neighbourhood = reader.Text(share: true);
        var buurthuis = (flags & HasBuurthuis) != 0 ? reader.Text(share: true) : null;
        var passions = reader.List();
        var talents = reader.List();
        var about = (flags & HasAbout) != 0 ? reader.Text(share: false) : null;
        var availability = reader.List();
        var languages = reader.List();
        GeoPoint? location = null;
        if ((flags & HasLocation) != 0)
            location = new GeoPoint(BinaryPrimitives.ReadDoubleLittleEndian(reader.Take(8)), BinaryPrimitives.ReadDoubleLittleEndian(reader.Take(8)));
        var maxMatches = reader.Number();
        var activeMatches = reader.Number();
        if (!reader.AtEnd) throw new InvalidDataException("Stored volunteer has trailing bytes.");
        return new VolunteerDocument(id, name, neighbourhood, buurthuis, passions, talents, about, availability, languages, location,
            maxMatches, activeMatches, (flags & EverMatched) != 0, (flags & IsActive) != 0, (flags & Consent) != 0);
    }

    /// <summary>Writing the layout into the framework's growing buffer.</summary>
    private readonly struct Writer(ArrayBufferWriter<byte> buffer)
    {
        public Span<byte> Take(int count)
        {
            var span = buffer.GetSpan(count)[..count];
            buffer.Advance(count);
            return span;
        }

        public void Byte(byte value) => Take(1)[0] = value;

        public void Number(int value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Stored numbers are not negative.");
            var rest = (uint)value;
            while (rest >= 0x80)
            {
                Byte((byte)(rest | 0x80));
                rest >>= 7;
            }
            Byte((byte)rest);
        }

        public void Text(string text)
        {
            var count = Encoding.UTF8.GetByteCount(text);
            Number(count);
            Encoding.UTF8.GetBytes(text, Take(count));
        }

        public void List(IReadOnlyList<string> texts)
        {
            Number(texts.Count);
            foreach (var text in texts) Text(text);
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly bool AtEnd => _at == _bytes.Length;

        public ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || _at + count > _bytes.Length) throw new InvalidDataException("Stored volunteer is cut short.");
            var span = _bytes.Slice(_at, count);
            _at += count;
            return span;
        }

        public byte Byte() => Take(1)[0];

        public int Number()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) return value;
            }
            throw new InvalidDataException("Stored volunteer has a malformed number.");
        }

        public string Text(bool share)
        {
            var utf8 = Take(Number());
            return share ? SharedStrings.Of(utf8) : Encoding.UTF8.GetString(utf8);
        }

        public string[] List()
        {
            var count = Number();
            if (count == 0) return [];
            if (count > _bytes.Length - _at) throw new InvalidDataException("Stored volunteer is cut short.");
            var texts = new string[count];
            for (var i = 0; i < count; i++) texts[i] = Text(share: true);
            return texts;
        }
    }
}
