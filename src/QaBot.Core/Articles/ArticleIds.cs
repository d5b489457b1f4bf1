using System.Security.Cryptography;
using System.Text;

namespace QaBot.Core.Articles;

/// <summary>
/// Article ids that do not collide. A file's id is its path relative to the folder it was ingested from, without the
/// extension and with '/' separators (<c>a/index</c>, <c>b/index</c>; the sample articles, at the top of
/// <c>data/articles</c>, keep their bare names). A web item's id is its address without the scheme, "www." and
/// fragment (<c>example.com/2024/05/trade-record</c>), or, for a feed entry whose guid is not an address, the feed's
/// host and the guid. Ids longer than <see cref="MaxLength"/> are cut and end in a hash of the whole.
/// </summary>
public static class ArticleIds
{
    /// <summary>Longest id kept as is.</summary>
    public const int MaxLength = 120;

    /// <summary>The id of <paramref name="file"/> ingested from the folder <paramref name="root"/>.</summary>
    public static string ForFile(string root, string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(file);
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(file));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(file);
        }

        var directory = Path.GetDirectoryName(relative);
        var name = Path.GetFileNameWithoutExtension(relative);
        var id = string.IsNullOrEmpty(directory) ? name : $"{directory}/{name}";
        return Limit(id.Replace('\\', '/'));
    }

    /// <summary>The id of the web page at <paramref name="url"/>.</summary>
    public static string ForUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        if (!url.IsDefaultPort)
        {
            host += ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimEnd('/');
        return Limit(host + path + (url.Query.Length > 1 ? url.Query : ""));
    }

    /// <summary>The id of a feed entry: from its guid when that is a web address, else from the feed's host and the guid.</summary>
    public static string ForFeedEntry(Uri feed, string? guid, Uri? link)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (IsWebAddress(guid, out var guidUrl))
        {
            return ForUrl(guidUrl);
        }

        if (link is not null)
        {
            return ForUrl(link);
        }

        if (string.IsNullOrWhiteSpace(guid))
        {
            throw new ArgumentException("A feed entry needs a guid or a link.", nameof(guid));
        }

        var cleaned = string.Concat(guid.Trim().Select(c => char.IsWhiteSpace(c) || c is '/' or '\\' or '#' ? '-' : c));
        return Limit($"{ForUrl(new Uri(feed.GetLeftPart(UriPartial.Authority)))}/{cleaned}");
    }

    /// <summary>True when <paramref name="text"/> is an absolute http(s) address.</summary>
    public static bool IsWebAddress(string? text, out Uri url)
    {
        url = null!;
        return Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed)
            && parsed.Scheme is "http" or "https"
            && (url = parsed) is not null;
    }

    private static string Limit(string id)
    {
        if (id.Length <= MaxLength)
        {
            return id;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..10];
        return $"{id[..(MaxLength - 11)]}~{hash}";
    }
}
