using System.Text.Json;
using Bronbank.Matching.Indexing;

namespace Bronbank.Matching.Tests.Indexing;

/// <summary>The profile as the index keeps it: every field back as it was, older JSON still read, damage reported.</summary>
public sealed class ProfileCodecTests
{
    private static readonly VolunteerDocument Full = new(
        Guid.NewGuid(), "Anna de Vries", "Zuilen", "Buurthuis De Schakel", ["schaken", "koken voor anderen"], ["rolluiken repareren"],
        "Ik woon hier al dertig jaar. Hou van puzzels en van café's met één tafel.", ["di-ochtend", "za-middag"], ["nl", "pt"],
        new GeoPoint(52.1093, 5.0951), MaxMatches: 300, ActiveMatches: 2, HasEverBeenMatched: true, Active: true, ConsentMatching: false);

    [Fact]
    public void A_profile_comes_back_with_every_field_as_it_was()
    {
        var back = ProfileCodec.Decode(ProfileCodec.Encode(Full));

        back.Should().BeEquivalentTo(Full);
        back.Location.Should().Be(Full.Location);
    }

    [Fact]
    public void A_profile_without_the_optional_fields_comes_back_without_them()
    {
        var bare = Full with { Buurthuis = null, About = null, Location = null, Passions = [], Talents = [], Languages = [], Availability = [],
            HasEverBeenMatched = false, Active = false, ConsentMatching = true, MaxMatches = 0, ActiveMatches = 0 };

        var back = ProfileCodec.Decode(ProfileCodec.Encode(bare));

        back.Should().BeEquivalentTo(bare);
        back.Buurthuis.Should().BeNull();
        back.About.Should().BeNull();
        back.Location.Should().BeNull();
    }

    [Fact]
    public void Decoded_profiles_share_their_short_strings()
    {
        var bytes = ProfileCodec.Encode(Full);

        var first = ProfileCodec.Decode(bytes);
        var second = ProfileCodec.Decode(bytes);

        first.Neighbourhood.Should().BeSameAs(second.Neighbourhood);
        first.Passions[1].Should().BeSameAs(second.Passions[1]);
        first.Availability[0].Should().BeSameAs(second.Availability[0]);
        first.Name.Should().Be(second.Name).And.NotBeSameAs(second.Name);
    }

    [Fact]
    public void A_profile_an_older_index_kept_as_json_is_still_read()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(Full, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        ProfileCodec.Decode(json).Should().BeEquivalentTo(Full);
    }

    [Fact]
    public void Damaged_bytes_are_reported_as_invalid_data_and_never_read_as_another_profile()
    {
        var bytes = ProfileCodec.Encode(Full);

        FluentActions.Invoking(() => ProfileCodec.Decode(bytes.AsSpan(0, bytes.Length - 3))).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => ProfileCodec.Decode([.. bytes, 0])).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => ProfileCodec.Decode([9, .. bytes[1..]])).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => ProfileCodec.Decode([])).Should().Throw<InvalidDataException>();
    }
}
