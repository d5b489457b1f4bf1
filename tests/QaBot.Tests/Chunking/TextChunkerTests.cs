using System.ComponentModel.DataAnnotations;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Tests.Articles;

namespace QaBot.Tests.Chunking;

public sealed class TextChunkerTests
{
    private static readonly ChunkingOptions Defaults = new();

    public static TheoryData<string, int, int> SamplesAndSizes()
    {
        var data = new TheoryData<string, int, int>();
        foreach (string id in SampleArticles.All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id, 600, 1);
            data.Add(id, 250, 2);
            data.Add(id, 1500, 0);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndSizes))]
    public void ChunkOffsetsIndexTheArticleTextExactly(string id, int target, int overlap)
    {
        var article = SampleArticles.All[id];
        var chunks = Chunker(target, overlap).Chunk(article);
        Assert.NotEmpty(chunks);
        Assert.All(chunks, c => Assert.Equal(article.Text[c.Start..c.End], c.Text));
    }

    [Theory]
    [MemberData(nameof(SamplesAndSizes))]
    public void ChunksNeverCutInsideASentence(string id, int target, int overlap)
    {
        var article = SampleArticles.All[id];
        var sentences = SentenceSplitter.Split(article.Text);
        var starts = sentences.Select(s => s.Start).ToHashSet();
        var ends = sentences.Select(s => s.End).ToHashSet();
        foreach (var chunk in Chunker(target, overlap).Chunk(article))
        {
            Assert.Contains(chunk.Start, starts);
            Assert.Contains(chunk.End, ends);
        }
    }

    [Theory]
    [MemberData(nameof(SamplesAndSizes))]
    public void ChunkSizesStayWithinTargetUnlessASingleSentenceIsLonger(string id, int target, int overlap)
    {
        var article = SampleArticles.All[id];
        var sentences = SentenceSplitter.Split(article.Text);
        foreach (var chunk in Chunker(target, overlap).Chunk(article))
        {
            bool oneSentence = sentences.Count(s => s.Start >= chunk.Start && s.End <= chunk.End) == 1;
            Assert.True(chunk.Text.Length <= target || oneSentence, $"chunk {chunk.Index} has {chunk.Text.Length} chars");
            Assert.True(chunk.Text.Length <= Math.Max(target * 2, Defaults.MaxChars));
        }
    }

    [Theory]
    [MemberData(nameof(SamplesAndSizes))]
    public void ChunksCoverTheWholeTextInOrderWithConsecutiveIndices(string id, int target, int overlap)
    {
        var article = SampleArticles.All[id];
        var chunks = Chunker(target, overlap).Chunk(article);
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Index));
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(article.Text.Length, chunks[^1].End);
        foreach (var (previous, next) in chunks.Zip(chunks.Skip(1)))
        {
            Assert.True(next.Start > previous.Start, "chunks must advance");
            Assert.True(next.Start <= previous.End + 2, "no text may fall between chunks"); // at most the "\n\n" separator
            Assert.True(string.IsNullOrWhiteSpace(article.Text[Math.Min(previous.End, next.Start)..next.Start]));
        }
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Ids), MemberType = typeof(SampleArticles))]
    public void EveryChunkCarriesTheArticleMetadata(string id)
    {
        var article = SampleArticles.All[id];
        Assert.All(new TextChunker(Defaults).Chunk(article), c =>
        {
            Assert.Equal($"{article.Id}#{c.Index}", c.Id);
            Assert.Equal(article.Id, c.ArticleId);
            Assert.Equal(article.Title, c.Title);
            Assert.Equal(article.Date, c.Date);
            Assert.Equal(article.Url, c.Url);
        });
    }

    [Fact]
    public void ChunksOfOneLongParagraphOverlapByOneWholeSentence()
    {
        var article = SampleArticles.Get("002");
        var chunks = new TextChunker(Defaults).Chunk(article);
        var overlapping = chunks.Zip(chunks.Skip(1)).Where(p => p.Second.Start < p.First.End).ToList();
        Assert.NotEmpty(overlapping);
        foreach (var (previous, next) in overlapping)
        {
            string shared = article.Text[next.Start..previous.End];
            Assert.Single(SentenceSplitter.Split(shared));
            Assert.EndsWith(shared, previous.Text, StringComparison.Ordinal);
            Assert.StartsWith(shared, next.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutOverlapChunksDoNotShareText()
    {
        var chunks = Chunker(400, 0).Chunk(SampleArticles.Get("002"));
        Assert.All(chunks.Zip(chunks.Skip(1)), p => Assert.True(p.Second.Start >= p.First.End));
    }

    [Fact]
    public void AChunkPrefersToEndAtAParagraphEnd()
    {
        string first = Sentences("Alpha", 5, 70);   // ~350 chars
        string second = Sentences("Beta", 5, 70);
        var chunks = Chunker(600, 1).Chunk(Article(first + "\n\n" + second));
        Assert.Equal([first, second], chunks.Select(c => c.Text));
    }

    [Fact]
    public void ASentenceLongerThanMaxCharsIsCutAtAClauseBoundary()
    {
        string clause = "the delegation discussed energy, trade and security at length";
        string sentence = string.Join(", ", Enumerable.Repeat(clause, 12)) + ".";
        var article = Article($"Short opener. {sentence} Short closer.");
        var chunks = new TextChunker(new ChunkingOptions { TargetChars = 300, MaxChars = 400 }).Chunk(article);

        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, 400));
        Assert.All(chunks, c => Assert.Equal(article.Text[c.Start..c.End], c.Text));
        Assert.Contains(chunks, c => c.Text.EndsWith(',') && c.Text.Length > 200);
        Assert.Equal(article.Text.Length, chunks[^1].End);
    }

    [Fact]
    public void AGiantWordIsCutHardAtMaxChars()
    {
        var article = Article(new string('x', 1000));
        var chunks = new TextChunker(new ChunkingOptions { TargetChars = 200, MaxChars = 300, OverlapSentences = 0 }).Chunk(article);
        Assert.Equal([300, 300, 300, 100], chunks.Select(c => c.Text.Length));
    }

    [Fact]
    public void EmptyTextHasNoChunks() => Assert.Empty(new TextChunker(Defaults).Chunk(Article("")));

    [Fact]
    public void AShortArticleIsOneChunk()
    {
        var chunks = new TextChunker(Defaults).Chunk(Article("Headline\n\nOne sentence. Two sentences."));
        var chunk = Assert.Single(chunks);
        Assert.Equal("Headline\n\nOne sentence. Two sentences.", chunk.Text);
        Assert.Equal("t#0", chunk.Id);
    }

    [Theory]
    [InlineData(50, 1200, 1)]
    [InlineData(600, 100, 1)]
    [InlineData(600, 1200, 9)]
    [InlineData(900, 800, 1)]
    public void OutOfRangeOptionsFailValidationNamingTheKey(int target, int max, int overlap)
    {
        var options = new ChunkingOptions { TargetChars = target, MaxChars = max, OverlapSentences = overlap };
        var ex = Assert.Throws<ValidationException>(() => new TextChunker(options));
        Assert.Contains("Chunking:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsAreSixHundredCharsTwelveHundredCapOneSentenceOverlap()
    {
        Assert.Equal(("Chunking", 600, 1200, 1), (ChunkingOptions.SectionName, Defaults.TargetChars, Defaults.MaxChars, Defaults.OverlapSentences));
    }

    private static TextChunker Chunker(int target, int overlap) =>
        new(new ChunkingOptions { TargetChars = target, MaxChars = Math.Max(target * 2, 1200), OverlapSentences = overlap });

    private static Article Article(string text) => new("t", "Title", null, null, text, "t.txt", "hash");

    private static string Sentences(string word, int count, int length) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{word} sentence {i} ".PadRight(length - 1, 'z') + "."));
}
