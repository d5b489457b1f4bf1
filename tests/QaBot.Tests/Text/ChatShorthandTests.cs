using QaBot.Core.Text;

namespace QaBot.Tests.Text;

/// <summary>Chat shorthand spelt out, dates typed short written out, and a message's framing dropped.</summary>
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
    [InlineData("y did u ask", "why did you ask")]
    [InlineData("whr did they meet", "where did they meet")]
    [InlineData("r xi n putin friends", "are xi and putin friends")]
    [InlineData("what did ur bot say", "what did your bot say")]
    [InlineData("xu and y are variables, r is a letter", "xu and y are variables, r is a letter")]
    [InlineData("the u.s. and the y axis", "the u.s. and the y axis")]
    public void ShorthandIsSpeltOut(string text, string expanded) => Assert.Equal(expanded, ChatShorthand.Expand(text));

    [Theory]
    [InlineData("quick q: where did putin & xi meet in february 2022 lol", "where did putin & xi meet in february 2022")]
    [InlineData("hey, who did kishida meet?", "who did kishida meet?")]
    [InlineData("ok so what did xi call putin thx", "what did xi call putin")]
    [InlineData("Hi! Question - how much did they trade in 2023? lol thanks", "how much did they trade in 2023?")]
    [InlineData("what was the trade target, any idea?", "what was the trade target")]
    [InlineData("sorry, quick question: whats new with the ukraine war", "whats new with the ukraine war")]
    [InlineData("hi again! what stopped russia's invasion", "what stopped russia's invasion")]
    [InlineData("hey there, how did xi describe putin", "how did xi describe putin")]
    [InlineData("in the articles, who's the president of taiwan", "who's the president of taiwan")]
    [InlineData("where did putin and xi meet in february 2022 according to the articles", "where did putin and xi meet in february 2022")]
    [InlineData("who speaks for the kremlin in these stories", "who speaks for the kremlin in these stories")]
    [InlineData("can you tell me what xi called putin", "what xi called putin")]
    [InlineData("i want to know how many months it covers", "how many months it covers")]
    [InlineData("what do the articles say about taiwan", "what do the articles say about taiwan")]
    [InlineData("how long has the war been going according to each article", "how long has the war been going according to each article")]
    [InlineData("tell me about the us india tech deal", "tell me about the us india tech deal")]
    [InlineData("do you know if xi visited moscow", "do you know if xi visited moscow")]
    [InlineData("did xi speak russian on the call or what", "did xi speak russian on the call or what")] // the question's own alternative stays
    [InlineData("whats the latest on taiwan pls", "whats the latest on taiwan")]
    [InlineData("so far how much have they traded?", "so far how much have they traded?")]
    [InlineData("so much for the treaty, what did it say", "so much for the treaty, what did it say")]
    [InlineData("question about the treaty: how long is it", "about the treaty: how long is it")]
    [InlineData("please tell me about the lunar new year call", "please tell me about the lunar new year call")]
    [InlineData("hey, hi", "hey, hi")]
    [InlineData("thanks", "thanks")]
    [InlineData("why did russia drift toward china", "why did russia drift toward china")]
    [InlineData("any idea what xi called putin", "what xi called putin")]
    [InlineData("did u see what xi called putin", "what xi called putin")]
    [InlineData("u know who the nato chief is?", "who the nato chief is?")]
    [InlineData("anyone know when they last talked", "when they last talked")]
    [InlineData("remind me how much they traded in 2023", "how much they traded in 2023")]
    [InlineData("i forgot where they met in 2022", "where they met in 2022")]
    [InlineData("ngl what did xi call putin", "what did xi call putin")]
    [InlineData("how close are xi and putin tbh", "how close are xi and putin")]
    [InlineData("tell me about the call", "tell me about the call")]
    public void TheFramingIsDroppedAndTheQuestionKept(string message, string question) =>
        Assert.Equal(question, ChatShorthand.Unframed(message));

    [Theory]
    [InlineData("what did xi and putin talk about back in dec '21", "what did xi and putin talk about back in dec 2021")]
    [InlineData("how much did they trade in ’23?", "how much did they trade in 2023?")]
    [InlineData("what did they discuss on 12/30/2022", "what did they discuss on December 30, 2022")]
    [InlineData("what did they discuss on 30/12/22", "what did they discuss on December 30, 2022")]
    [InlineData("what did they discuss on 30.12.2022", "what did they discuss on December 30, 2022")]
    [InlineData("the call on 02/08/2024", "the call on 02/08/2024")] // February 8 or August 2: left as typed
    [InlineData("xi's '90s visits and the 60/40 split", "xi's '90s visits and the 60/40 split")]
    [InlineData("version 1.2.3", "version 1.2.3")]
    public void DatesTypedShortAreWrittenOut(string typed, string written) => Assert.Equal(written, ChatShorthand.Dates(typed));
}
