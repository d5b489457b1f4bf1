using Microsoft.Extensions.VectorData;
using QaBot.Core.Chunking;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class CollectionUpgradeTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AStoreMadeBeforeAFullTextColumnExistedIsSearchedAndUpgradedInPlace()
    {
        var old = new SqliteCollection<EarlierNote>(_temp.Store, "notes");
        await old.UpsertAsync([new EarlierNote { Key = "a", Text = "In September of last year the leaders met in Uzbekistan." }]);

        // A newer QaBot opens the same file with a record that has one more full-text column.
        var reopened = _temp.Open();
        var notes = new SqliteCollection<LaterNote>(reopened, "notes");
        var found = await notes.KeywordSearchAsync("uzbekistan", 5).ToListAsync();
        Assert.Equal("a", Assert.Single(found).Record.Key);
        Assert.True(string.IsNullOrEmpty(found[0].Record.Terms));

        await notes.UpsertAsync([new LaterNote { Key = "b", Text = "They met again.", Terms = "2022 september sept" }]);
        Assert.Equal(["b"], (await notes.KeywordSearchAsync("sept 2022", 5).ToListAsync()).Select(r => r.Record.Key));
        Assert.Equal(["a"], (await notes.KeywordSearchAsync("uzbekistan", 5).ToListAsync()).Select(r => r.Record.Key));
    }

    [Fact]
    public void AChunkRecordCarriesItsRelativeDatesAsSearchWordsButQuotesItsTextUnchanged()
    {
        const string Text = "In September of last year, the two leaders met in Uzbekistan.";
        var chunk = new Chunk("000#0", "000", "Title", new DateOnly(2023, 2, 1), null, 0, 0, Text.Length, Text);
        var record = ChunkRecord.From(chunk, null);
        Assert.Equal(Text, record.Text);
        Assert.Equal("2022 september sep sept autumn", record.DateTerms);
        Assert.Equal("", ChunkRecord.From(chunk with { Date = null }, null).DateTerms);
    }

    public sealed class EarlierNote
    {
        [VectorStoreKey]
        public string Key { get; set; } = "";

        [VectorStoreData(IsFullTextIndexed = true)]
        public string Text { get; set; } = "";
    }

    public sealed class LaterNote
    {
        [VectorStoreKey]
        public string Key { get; set; } = "";

        [VectorStoreData(IsFullTextIndexed = true)]
        public string Text { get; set; } = "";

        [VectorStoreData(IsFullTextIndexed = true)]
        public string? Terms { get; set; }
    }
}
