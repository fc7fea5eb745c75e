using Bronbank.Web.Infrastructure.Tables;

namespace Bronbank.Web.Tests.Volunteers;

/// <summary>
/// Whatever byte of an uploaded .xlsx is damaged, reading it gives rows or an <see cref="InvalidDataException"/>
/// (the import's 400 problem), never another exception that would surface as a 500. Found by the import fuzz.
/// </summary>
public sealed class DamagedXlsxTests
{
    [Fact]
    public void Every_single_damaged_byte_is_read_or_refused_as_unreadable()
    {
        var file = RawXlsx.Sheet("""<row><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>neighbourhood</t></is></c></row>""");
        var unexpected = new List<string>();
        foreach (var value in new byte[] { 0x00, 0xFF, 0x5A })
        {
            for (var at = 0; at < file.Length; at++)
            {
                var damaged = (byte[])file.Clone();
                damaged[at] = value;
                try
                {
                    XlsxTable.Read(new MemoryStream(damaged));
                }
                catch (InvalidDataException)
                {
                }
                catch (Exception e)
                {
                    unexpected.Add($"byte {at} = 0x{value:X2}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        unexpected.Should().BeEmpty();
    }
}
