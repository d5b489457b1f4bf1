using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly ArticleLoader _loader = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("qabot-loader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void PlainTextFileBecomesAnArticleNamedAfterTheFile()
    {
        string path = Write("story_42.txt", "Headline of the story\n\nFirst sentence of the story. Second one.");
        var result = _loader.Load(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("story_42", result.Article.Id);
        Assert.Equal("Headline of the story", result.Article.Title);
        Assert.Equal(path, result.Article.SourcePath);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), result.Article.ContentHash);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsAccepted()
    {
        var result = _loader.Load([0xEF, 0xBB, 0xBF, .. "Body text."u8], "bom.txt");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Body text.", result.Article.Text);
    }

    [Fact]
    public void Utf16FileWithByteOrderMarkIsAccepted()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Body text in UTF-16.")];
        var result = _loader.Load(bytes, "utf16.txt");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Body text in UTF-16.", result.Article.Text);
    }

    [Fact]
    public void InvalidUtf8IsRejectedWithTheOffendingByteAndOffset()
    {
        byte[] bytes = [.. "Hello world!"u8, 0xFF, .. " more text"u8];
        var result = _loader.Load(bytes, "latin.txt");
        Assert.False(result.Succeeded);
        Assert.Equal("not valid UTF-8 (byte 0xFF at offset 12); save the file as UTF-8", result.Error);
        Assert.Equal("latin.txt", result.Path);
    }

    [Fact]
    public void TruncatedMultiByteSequenceIsInvalidUtf8()
    {
        var result = _loader.Load([.. "Caf"u8, 0xC3], "cut.txt");
        Assert.Equal("not valid UTF-8 (byte 0xC3 at offset 3); save the file as UTF-8", result.Error);
    }

    [Fact]
    public void FileWithNulBytesIsRejectedAsBinary()
    {
        var result = _loader.Load([.. "PK"u8, 0x03, 0x04, 0x00, 0x00, .. "zip"u8], "archive.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
        Assert.Contains("NUL byte at offset 4", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FileFullOfControlCharactersIsRejectedAsBinary()
    {
        byte[] bytes = [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x07 : 0x41))];
        var result = _loader.Load(bytes, "noise.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
        Assert.Contains("0x07", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AStrayControlCharacterIsDroppedNotFatal()
    {
        var result = _loader.Load(Encoding.UTF8.GetBytes(new string('a', 300) + "\u001B. Next sentence."), "stray.txt");
        Assert.True(result.Succeeded, result.Error);
        Assert.DoesNotContain("\u001B", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        var result = _loader.Load(Write("empty.txt", ""));
        Assert.False(result.Succeeded);
        Assert.Equal("file is empty", result.Error);
    }

    [Fact]
    public void WhitespaceOnlyFileIsRejected()
    {
        var result = _loader.Load(" \n\t\r\n  "u8, "blank.md");
        Assert.Equal("file contains only whitespace", result.Error);
    }

    [Fact]
    public void FileOfNothingButChromeIsRejected()
    {
        var result = _loader.Load("Powered by MOMENTUM MEDIA\n==========\n@YouTube"u8, "chrome.txt");
        Assert.Equal("no article text left after removing markup and site chrome", result.Error);
    }

    [Fact]
    public void FileOverTheSizeLimitIsRejectedWithoutBeingRead()
    {
        var loader = new ArticleLoader(new ArticleLoaderOptions { MaxFileBytes = 1024 * 1024 });
        string path = Write("big.txt", new string('x', (1024 * 1024) + 1));
        var result = loader.Load(path);
        Assert.False(result.Succeeded);
        Assert.Equal("file is 1 MB (1,048,577 bytes), over the 1 MB limit (setting Ingestion:MaxFileBytes)", result.Error);
    }

    [Fact]
    public void DefaultSizeLimitIsTwentyMegabytes()
    {
        Assert.Equal(20L * 1024 * 1024, new ArticleLoaderOptions().MaxFileBytes);
        var result = _loader.Load(new byte[(20 * 1024 * 1024) + 1], "huge.txt");
        Assert.Equal("file is 20 MB (20,971,521 bytes), over the 20 MB limit (setting Ingestion:MaxFileBytes)", result.Error);
    }

    [Theory]
    [InlineData("photo.jpg", "'.jpg'")]
    [InlineData("sheet.xlsx", "'.xlsx'")]
    [InlineData("README", "(no extension)")]
    public void UnsupportedExtensionIsRejectedNamingTheSupportedOnes(string name, string shown)
    {
        var result = _loader.Load(Write(name, "Some text."));
        Assert.False(result.Succeeded);
        Assert.StartsWith($"unsupported file type {shown}; use one of ", result.Error, StringComparison.Ordinal);
        Assert.Contains(".md", result.Error, StringComparison.Ordinal);
        Assert.Contains(".html", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionsAreCaseInsensitive() =>
        Assert.True(_loader.Load("Body text."u8, "LOUD.TXT").Succeeded);

    [Fact]
    public void MissingFileIsAFailureNotAnException()
    {
        var result = _loader.Load(Path.Combine(_dir, "nope.txt"));
        Assert.Equal("file not found", result.Error);
    }

    [Fact]
    public void SameBytesGiveTheSameHashAndChangedBytesADifferentOne()
    {
        string a = _loader.Load("Body text."u8, "a.txt").Article!.ContentHash;
        string b = _loader.Load("Body text."u8, "b.txt").Article!.ContentHash;
        string c = _loader.Load("Body text!"u8, "a.txt").Article!.ContentHash;
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void OutOfRangeSizeLimitFailsValidation() =>
        Assert.Throws<ValidationException>(() => new ArticleLoader(new ArticleLoaderOptions { MaxFileBytes = 0 }));

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
