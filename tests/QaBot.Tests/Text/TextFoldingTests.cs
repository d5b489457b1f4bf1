using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("RÉSUMÉ", "resume")]
    [InlineData("Łódź", "łodz")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Китай", "китай")]
    [InlineData("Nguyễn", "nguyen")]
    public void LatinAccentsAndCaseAreFoldedOtherLettersOnlyLowerCased(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));
}
