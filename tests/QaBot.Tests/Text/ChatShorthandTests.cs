using QaBot.Core.Text;

namespace QaBot.Tests.Text;

/// <summary>Chat shorthand spelt out, dates typed short written out, and a message's framing dropped.</summary>
public sealed class ChatShorthandTests
{
    [Theory]
    [InlineData("who's japan's pm", "who's japan's prime minister")]
    [InlineData("who is the chinese fm spokesman", "who is the chinese foreign ministry spokesman")] // the ministry's spokesman
    [InlineData("what did russia's fm say", "what did russia's foreign minister say")]
    [InlineData("how many ppl live in moscow", "how many people live in moscow")]
    [InlineData("did xi and putin actually meet irl", "did xi and putin actually meet in person")]
    [InlineData("who said moscow n beijing wont go along w us policy, in feb 24", "who said moscow and beijing wont go along with us policy, in feb 2024")] // a month and a year after "in"
    [InlineData("what happened on feb 24", "what happened on feb 24")] // a day
    [InlineData("by end of july 22 what was trade at", "by end of july 2022 what was trade at")]
    [InlineData("doval's american opposite number", "doval's american counterpart")] // not a figure
    [InlineData("when did the invasion kick off", "when did the invasion begin")]
    [InlineData("when did xi and putin set up their no limits deal", "when did xi and putin establish their no limits deal")]
    [InlineData("uzbekistan is set up to host", "uzbekistan is set up to host")] // only setting up a thing is establishing it
    [InlineData("who said xi's gonna swing by moscow", "who said xi's gonna visit moscow")]
    [InlineData("was xi meant to show up in moscow", "was xi meant to visit moscow")]
    [InlineData("joint drills right b4 xmas", "joint drills right before christmas")]
    [InlineData("why did putin and xi ring each other in feb 2024", "why did putin and xi call each other in feb 2024")]
    [InlineData("who did the nato boss sit down with in japan", "who did the nato boss met with in japan")]
    [InlineData("where have they met face to face", "where have they met in person")]
    [InlineData("what did xi say both countries shud push back against", "what did xi say both countries should oppose")]
    [InlineData("china and russia are teaming up against the west", "china and russia are cooperating against the west")]
    [InlineData("did they even bring up ukraine on the call", "did they even mention ukraine on the call")]
    [InlineData("how does beijing label taiwan", "how does beijing describe taiwan")]
    [InlineData("whats russia's beef w nato", "whats russia's oppose nato")]
    [InlineData("when did putin say he expects xi to come over", "when did putin say he expects xi to visit")]
    [InlineData("when did xi last set foot in russia", "when did xi last visit in russia")]
    [InlineData("what has come over the kremlin", "what has come over the kremlin")] // not a visit
    [InlineData("does nato still work w china on anything", "does nato still cooperating with china on anything")]
    [InlineData("have they been doing zoom style calls", "have they been doing video calls")]
    [InlineData("when was xi supposed to go to moscow", "when was xi supposed to visit moscow")]
    [InlineData("trade in the year xi went to uzbekistan", "trade in the year xi went to uzbekistan")] // a time asked by, not a visit
    [InlineData("russia is going to invade", "russia is going to invade")] // no place: no visit
    [InlineData("when was xi supposed to visit moscow? heard a couple diff things", "when was xi supposed to visit moscow in these articles?")] // told more than one way
    [InlineData("what does beijing call taiwan acc to newsweek", "what does beijing call taiwan according to newsweek")]
    [InlineData("which countries are in the sco org", "which countries are in the sco organization")]
    [InlineData("who said xi's gonna come to moscow soon", "who said xi's gonna visit moscow soon")]
    [InlineData("whos the nato sec gen", "whos the nato secretary general")]
    [InlineData("when did putin come to power", "when did putin come to power")] // no place: no visit
    [InlineData("the bell will ring at noon", "the bell will ring at noon")]
    [InlineData("when were the 1st and 2nd anniversaries of the war", "when were the first and second anniversaries of the war")]
    [InlineData("the 20th party congress", "the 20th party congress")]
    [InlineData("who is russia's top diplomat", "who is russia's foreign minister")]
    [InlineData("the nato guy said china is pumping money into what exactly?", "the nato guy said china is investing in what exactly?")] // putting money into, as people type it
    [InlineData("china n russia are leading some push, wat did he call it", "china and russia are leading some push, what did he call it")] // a question word typed short mid-message
    [InlineData("what did the natsec advisor say", "what did the national security advisor say")]
    [InlineData("what did the nato chief say about china's nukes", "what did the nato chief say about china's nuclear weapons")]
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
    [InlineData("xi and putin are besties", "xi and putin are best friends")] // slang, not an unknown name
    [InlineData("is xi putin's bff", "is xi putin's best friend")]
    [InlineData("i saw the U.S. say so", "i saw the U.S. say so")]
    [InlineData("y did u ask", "why did you ask")]
    [InlineData("when did putin say xi wld come n where shld he go", "when did putin say xi would come and where should he go")]
    [InlineData("ushakov shows up in a few of these", "ushakov shows up in a few of these")] // in the articles, not a visit // "wld" was weighed as the rarest word
    [InlineData("whr did they meet", "where did they meet")]
    [InlineData("r xi n putin friends", "are xi and putin friends")]
    [InlineData("wht r the deal details", "what are the deal details")]
    [InlineData("how r they doing", "how are they doing")]
    [InlineData("plan r was dropped", "plan r was dropped")]
    [InlineData("what did ur bot say", "what did your bot say")]
    [InlineData("xu and y are variables, r is a letter", "xu and y are variables, r is a letter")]
    [InlineData("the u.s. and the y axis", "the u.s. and the y axis")]
    [InlineData("what'd xi call putin", "what did xi call putin")]
    [InlineData("How’d trade change", "How did trade change")]
    [InlineData("what're the deal details", "what are the deal details")]
    [InlineData("they'd agreed, and what's new", "they'd agreed, and what's new")]
    [InlineData("the us–india tech thing", "the us-india tech thing")] // a phone's en dash between words
    [InlineData("the xi‑putin call", "the xi-putin call")]
    [InlineData("2021–2023", "2021–2023")]
    public void ShorthandIsSpeltOut(string text, string expanded) => Assert.Equal(expanded, ChatShorthand.Expand(text));

    [Theory]
    [InlineData("quick q: where did putin & xi meet in february 2022 lol", "where did putin & xi meet in february 2022")]
    [InlineData("hey, who did kishida meet?", "who did kishida meet?")]
    [InlineData("ok so what did xi call putin thx", "what did xi call putin")]
    [InlineData("Hi! Question - how much did they trade in 2023? lol thanks", "how much did they trade in 2023?")]
    [InlineData("what was the trade target, any idea?", "what was the trade target")]
    [InlineData("sorry, quick question: whats new with the ukraine war", "whats new with the ukraine war")]
    [InlineData("sorry dumb q but who is ukraine's president", "who is ukraine's president")]
    [InlineData("but who is ukraine's president", "but who is ukraine's president")] // a follow-up's "but" stays
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
    [InlineData("i heard trade hit a record, is that right?", "trade hit a record")]
    [InlineData("is it true that xi called putin his best friend", "xi called putin his best friend")]
    [InlineData("they met in uzbekistan, right?", "they met in uzbekistan")]
    [InlineData("who is on the right?", "who is on the right?")]
    [InlineData("what is true?", "what is true?")]
    [InlineData("WHAT DID XI CALL PUTIN???", "WHAT DID XI CALL PUTIN?")]
    [InlineData("where did they meet ?!", "where did they meet?")]
    [InlineData("which anniversary was coming up for the war...", "which anniversary was coming up for the war")]
    [InlineData("what did the U.S. say…", "what did the U.S. say")]
    [InlineData("trade hit a record!", "trade hit a record!")]
    [InlineData("???", "?")]
    [InlineData("so everyone says putin is totally isolated now, is that even true? like how many leaders are still friendly w him", "putin is isolated now? how many leaders are still friendly w him")] // a rambling message's talk
    [InlineData("i keep hearing xi is going to russia but did china ever say so?", "xi is going to russia but did china ever say so?")]
    [InlineData("people are saying the war started in 2022, is that true? like what date was it", "the war started in 2022? what date was it")]
    [InlineData("what is it like in moscow", "what is it like in moscow")]
    [InlineData("is that true?", "is that true?")]
    [InlineData("summarize the dec 2021 story for me, keep it short", "summarize the dec 2021 story for me")] // "keep" was read as the summary's topic
    [InlineData("what did they agree on? in a few words pls", "what did they agree on?")]
    [InlineData("how did they keep it short", "how did they keep it short")]
    [InlineData("whos the nato secretary general in these? blanking on the name", "whos the nato secretary general in these?")]
    [InlineData("what did xi call putin?? i forget the exact words", "what did xi call putin?")]
    [InlineData("whats stoltenberg's first name, i forgot", "whats stoltenberg's first name")]
    [InlineData("which outlet reported it? can't recall the name", "which outlet reported it?")]
    [InlineData("what did they forget", "what did they forget")]
    [InlineData("what kinda aircraft has the pla been sending", "what kind of aircraft has the pla been sending")] // the kind asked for, not filler
    [InlineData("it was kinda big", "it was big")]
    [InlineData("good morning! in sept 2022 what did the kremlin say", "in sept 2022 what did the kremlin say")]
    [InlineData("morning bot, who is lavrov", "who is lavrov")]
    [InlineData("what happened that morning", "what happened that morning")]
    [InlineData("wait so did xi ever criticise the invasion", "did xi ever criticise the invasion")] // "wait" weighed as the rarest word
    [InlineData("lol ok what did xi call putin", "what did xi call putin")]
    [InlineData("did the house pass the aid package or nah?", "did the house pass the aid package")] // no choice offered
    [InlineData("did they sign it or not", "did they sign it")]
    [InlineData("how long did they wait", "how long did they wait")]
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
    [InlineData("yo how big was russia china trade in 21 vs 23", "yo how big was russia china trade in 2021 vs 2023")]
    [InlineData("how has trade grown since 21?", "how has trade grown since 2021?")]
    [InlineData("trade from 21 to 23", "trade from 2021 to 2023")]
    [InlineData("what happened in early 22", "what happened in early 2022")]
    [InlineData("how'd that turn out by end of 22", "how'd that turn out by end of 2022")]
    [InlineData("what did they say before 23?", "what did they say before 2023?")]
    [InlineData("what happened after 22 days", "what happened after 22 days")] // a count, not a year
    [InlineData("will they meet in 21 days", "will they meet in 21 days")]
    [InlineData("did it grow 23 percent in 2023", "did it grow 23 percent in 2023")]
    [InlineData("were 2021 and 22 people killed", "were 2021 and 22 people killed")]
    [InlineData("how many of the 30 leaders came", "how many of the 30 leaders came")]
    [InlineData("in late 2021 russia was massing troops right? where did things stand a yr later", "in late 2021 russia was massing troops right? where did things stand in 2022")] // the year after the one named
    [InlineData("xi went to uzbekistan in 2022. two years later what was trade at", "xi went to uzbekistan in 2022. in 2024 what was trade at")]
    [InlineData("what happened a year later", "what happened a year later")] // no year to count from
    public void DatesTypedShortAreWrittenOut(string typed, string written) => Assert.Equal(written, ChatShorthand.Dates(typed));
}
