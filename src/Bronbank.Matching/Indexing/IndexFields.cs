using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Bronbank.Matching.Indexing;

/// <summary>How a volunteer is laid out in Lucene, and back.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string IdHigh = "id_hi";
    public const string IdLow = "id_lo";
    public const string Passion = "passion";
    public const string Talent = "talent";
    public const string About = "about";
    public const string Area = "area";
    /// <summary>
    /// The profile, stored once, as doc values in <see cref="ProfileCodec"/>'s layout: read in one sequential pass at
    /// open, without decompressing stored-field chunks. (Indexes written before kept a second copy as a stored field
    /// "doc"; it is never read.)
    /// </summary>
    public const string Profile = "doc_dv";

    public static Term IdTerm(Guid id) => new(Id, id.ToString("N"));

    public static Document ToLucene(VolunteerDocument volunteer)
    {
        var (high, low) = Split(volunteer.Id);
        var document = new Document
        {
            new StringField(Id, volunteer.Id.ToString("N"), Field.Store.NO),
            new NumericDocValuesField(IdHigh, high),
            new NumericDocValuesField(IdLow, low),
            new BinaryDocValuesField(Profile, new Lucene.Net.Util.BytesRef(ProfileCodec.Encode(volunteer))),
            new TextField(Area, volunteer.Neighbourhood, Field.Store.NO),
        };
        // One field instance per phrase keeps phrases apart, so a phrase match never spans two passions.
        foreach (var passion in volunteer.Passions) document.Add(new TextField(Passion, passion, Field.Store.NO));
        foreach (var talent in volunteer.Talents) document.Add(new TextField(Talent, talent, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(volunteer.About)) document.Add(new TextField(About, volunteer.About, Field.Store.NO));
        return document;
    }

    /// <summary>The profile in a document's <see cref="Profile"/> doc value, its short strings shared.</summary>
    public static VolunteerDocument FromBytes(Lucene.Net.Util.BytesRef bytes) => ProfileCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));

    public static (long High, long Low) Split(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (BitConverter.ToInt64(bytes[..8]), BitConverter.ToInt64(bytes[8..]));
    }

    public static Guid Join(long high, long low)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], high);
        BitConverter.TryWriteBytes(bytes[8..], low);
        return new Guid(bytes);
    }
}
