using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public class WordFormsTests
{
    [Theory]
    [InlineData("border", "borders", true)]
    [InlineData("invade", "invading", true)]
    [InlineData("invaded", "invades", true)]
    [InlineData("fly", "flies", true)]
    [InlineData("run", "running", true)]
    [InlineData("tie", "tied", true)]
    [InlineData("hop", "hoping", false)]
    [InlineData("nation", "national", false)]
    [InlineData("friend", "friendly", false)]
    [InlineData("228", "228s", false)]
    [InlineData("друг", "другом", false)]
    public void WordFormsTellInflectionsFromOtherWords(string a, string b, bool same)
    {
        Assert.Equal(same, WordForms.Same(a, b));
        Assert.Equal(same, WordForms.Same(b, a));
    }

    [Theory]
    [InlineData("warhead", "warheads", true)]
    [InlineData("country", "countries", true)]
    [InlineData("meeting", "meeting", true)]
    [InlineData("box", "boxes", true)]
    [InlineData("weather", "weathered", false)]
    [InlineData("fine", "fined", false)]
    [InlineData("ship", "shipping", false)]
    public void NounFormsArePluralsNotVerbForms(string noun, string word, bool same)
    {
        Assert.Equal(same, WordForms.SameNoun(noun, word));
        Assert.Equal(same, WordForms.SameNoun(word, noun));
    }
}
