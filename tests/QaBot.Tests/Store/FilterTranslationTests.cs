using System.Linq.Expressions;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

/// <summary>Every supported filter shape runs against a real file and returns what LINQ-to-objects would.</summary>
public sealed class FilterTranslationTests : IAsyncLifetime, IDisposable
{
    private readonly TempStore _temp = new();
    private readonly List<AllTypesRecord> _records = [.. Enumerable.Range(0, 12).Select(Make)];
    private SqliteCollection<AllTypesRecord> _collection = null!;

    public async Task InitializeAsync()
    {
        _collection = (SqliteCollection<AllTypesRecord>)_temp.Store.GetCollection<string, AllTypesRecord>("things");
        await _collection.UpsertAsync(_records);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private static AllTypesRecord Make(int i) => new()
    {
        Id = "k" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        Name = "article-" + (i % 3),
        OptionalText = i % 4 == 0 ? null : "t" + i,
        Count = i,
        MaybeCount = i % 2 == 0 ? i : null,
        Ratio = i / 4.0,
        Flag = i % 3 == 0,
        When = new DateTimeOffset(2020 + (i % 5), 1, 1, 0, 0, 0, TimeSpan.Zero),
        Tags = i % 2 == 0 ? ["even"] : ["odd", "x"],
        Body = "text " + i,
        Vector = [1, i, 0, 0],
    };

    private async Task AssertSameAs(Expression<Func<AllTypesRecord, bool>> filter)
    {
        var expected = _records.Where(filter.Compile()).Select(r => r.Id).Order().ToList();
        var actual = await _collection.GetAsync(filter, 100).Select(r => r.Id).ToListAsync();
        Assert.Equal(expected, actual.Order().ToList());

        // the vector search pre-filter uses the same translation
        var searched = await _collection.SearchAsync(new float[] { 1, 1, 0, 0 }, 100, new() { Filter = filter }).Select(r => r.Record.Id).ToListAsync();
        Assert.Equal(expected, searched.Order().ToList());
    }

    [Fact]
    public Task EqualityOnAStringProperty() => AssertSameAs(r => r.Name == "article-1");

    [Fact]
    public Task InequalityOnAStringProperty() => AssertSameAs(r => r.Name != "article-1");

    [Fact]
    public Task CapturedVariablesAndConstantsOnEitherSide()
    {
        var wanted = "article-2";
        var min = 3;
        return AssertSameAs(r => wanted == r.Name && r.Count > min);
    }

    [Fact]
    public Task AndOrNotCombine() => AssertSameAs(r => (r.Name == "article-0" || r.Count >= 10) && !(r.Count == 3));

    [Fact]
    public Task NumericComparisons() => AssertSameAs(r => r.Count < 5 && r.Count >= 1 && r.Ratio <= 1.0 && r.Count > 0);

    [Fact]
    public Task ListContainsTranslatesToIn()
    {
        var ids = new List<string> { "k01", "k05", "k99" };
        return AssertSameAs(r => ids.Contains(r.Id));
    }

    [Fact]
    public Task ArrayContainsOfAnEmptyListMatchesNothing()
    {
        var none = Array.Empty<string>();
        return AssertSameAs(r => none.Contains(r.Name));
    }

    [Fact]
    public Task StringListPropertyContainsAValue() => AssertSameAs(r => r.Tags.Contains("odd"));

    [Fact]
    public Task BoolPropertiesAndTheirNegation() => AssertSameAs(r => r.Flag || !r.Flag && r.Count == 4);

    [Fact]
    public Task NullComparisons() => AssertSameAs(r => r.OptionalText == null || r.MaybeCount != null);

    [Fact]
    public Task NotEqualKeepsNullsLikeCSharpDoes() => AssertSameAs(r => r.OptionalText != "t1");

    [Fact]
    public Task NullableComparedWithAValue() => AssertSameAs(r => r.MaybeCount == 4);

    [Fact]
    public Task StringOrderingThroughStringCompare() => AssertSameAs(r => string.Compare(r.Id, "k05") > 0 && r.Id.CompareTo("k09") <= 0);

    [Fact]
    public Task DateTimeOffsetComparisons()
    {
        var since = new DateTimeOffset(2022, 6, 1, 3, 0, 0, TimeSpan.FromHours(2));
        return AssertSameAs(r => r.When >= since);
    }

    [Fact]
    public async Task UnsupportedFiltersFailWithAClearMessage()
    {
        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => _collection.GetAsync(r => r.Body.StartsWith("text", StringComparison.Ordinal), 10).ToListAsync().AsTask());
        Assert.Contains("StartsWith", ex.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<NotSupportedException>(() => _collection.GetAsync(r => r.Count + 1 == 3, 10).ToListAsync().AsTask());
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            _collection.SearchAsync(new float[] { 1, 0, 0, 0 }, 3, new() { Filter = r => r.Name.Length > 2 }).ToListAsync().AsTask());
    }
}
