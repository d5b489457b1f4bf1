using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg spoke at the Heritage Foundation in Washington, D.C., on Wednesday.", "Washington,D.C.")]
    [InlineData("The leader of the Communist Party attended a three-day economic symposium in St. Petersburg in the year 2019.", "St. Petersburg")]
    [InlineData("Just last week, Moscow and Beijing held joint naval exercises in the East China Sea.", "Moscow,Beijing,East China Sea")]
    [InlineData("The two leaders met on the margins of the Shanghai Cooperation Organisation meeting in Uzbekistan.", "Uzbekistan")] // a city in an organisation's name is none
    [InlineData("Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday.", "")] // a people's adjective is no place
    [InlineData("NATO wants more friends in the Indo-Pacific area and Ukraine’s neighbours agree.", "Pacific,Ukraine")]
    [InlineData("Kyiv has weathered another night of drone attacks.", "Kyiv")] // renamed since WordNet 3.1 (Kiev)
    public void FindsThePlacesASentenceNames(string sentence, string places) =>
        Assert.Equal(places, string.Join(',', PlaceNames.In(sentence).Select(p => p.Name)));

    [Fact]
    public void EachPlaceHasItsKind()
    {
        var found = PlaceNames.In("Xi flew from Beijing to Uzbekistan over the Caspian Sea.").ToDictionary(p => p.Name, p => p.Kind);

        Assert.Equal(PlaceKind.City, found["Beijing"]);
        Assert.Equal(PlaceKind.Country, found["Uzbekistan"]);
        Assert.Equal(PlaceKind.Place, found["Caspian Sea"]);
    }

    [Theory]
    [InlineData("gaza", true)]
    [InlineData("Siberia", true)]
    [InlineData("korean", false)] // a people's adjective, not a place
    [InlineData("deal", false)]
    public void AWordIsAPlaceWhenItIsAPlacesWholeNameInAnyCase(string word, bool place) => Assert.Equal(place, PlaceNames.IsPlace(word));
}
