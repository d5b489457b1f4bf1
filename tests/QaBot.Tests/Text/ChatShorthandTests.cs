using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class ChatShorthandTests
{
    [Theory]
    [InlineData("who's japan's pm", "who's japan's prime minister")]
    [InlineData("how many ppl live in moscow", "how many people live in moscow")]
    [InlineData("gist of the uzbekistan meetup story", "gist of the uzbekistan meeting story")]
    [InlineData("waht was trade in 2021 btwn russia n china", "waht was trade in 2021 between russia and china")]
    [InlineData("jet engines w india", "jet engines with india")]
    [InlineData("what did the govt say abt it", "what did the government say about it")]
    [InlineData("the call started at 3 pm", "the call started at 3 pm")]
    [InlineData("what did the pmo say", "what did the pmo say")]
    [InlineData("n", "n")]
    [InlineData("w/ russia", "with russia")]
    [InlineData("Xi & Putin", "Xi and Putin")]
    [InlineData("what did the kremlin spox say", "what did the kremlin spokesman say")]
    [InlineData("who's the pentagon deputy press sec", "who's the pentagon deputy press secretary")]
    [InlineData("are they still friends rn", "are they still friends now")]
    [InlineData("how much of the 60bn goes to weapons", "how much of the 60 billion goes to weapons")]
    [InlineData("trade hit 228 b", "trade hit 228 billion")]
    [InlineData("the bnd and the b-52", "the bnd and the b-52")]
    [InlineData("i saw the U.S. say so", "i saw the U.S. say so")]
    public void ShorthandIsSpeltOut(string text, string expanded) => Assert.Equal(expanded, ChatShorthand.Expand(text));
}
