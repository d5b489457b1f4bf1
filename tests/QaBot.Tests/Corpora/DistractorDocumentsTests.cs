using QaBot.Core.Corpora;

namespace QaBot.Tests.Corpora;

public sealed class DistractorDocumentsTests
{
    [Fact]
    public void SpeechesAreCutIntoArticleSizedDocumentsOfWholeSentences()
    {
        var sentence = "The Congress met again this year to consider the state of the Union. ";
        var speech = string.Concat(Enumerable.Repeat(sentence, 200));
        var folder = Path.Combine(Path.GetTempPath(), "qabot-bench-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var documents = new DistractorDocuments([("1790_george_washington_n", speech)]);
            var files = documents.WriteSpeeches(folder);
            var remixed = documents.WriteRemixed(folder, 3);

            var bodies = files.Select(f => File.ReadAllText(f).Split("\n\n", 2)[1].Trim()).ToList();
            Assert.True(files.Count >= 3);
            Assert.All(bodies, b => Assert.InRange(b.Length, 1, 5_000));
            Assert.All(bodies, b => Assert.EndsWith("Union.", b, StringComparison.Ordinal));
            Assert.Equal(speech.Trim().Length, bodies.Sum(b => b.Length) + bodies.Count - 1);
            Assert.StartsWith("State of the Union 1790, George Washington (part 1 of", File.ReadAllText(files[0]), StringComparison.Ordinal);
            Assert.Equal(3, remixed.Count);
            Assert.All(remixed, f => Assert.True(new FileInfo(f).Length > 4_000));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
