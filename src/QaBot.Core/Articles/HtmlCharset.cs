using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>
/// The character set an HTML page declares, as browsers find it: a byte-order mark first, then the HTTP
/// Content-Type charset, then a <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> in the
/// first 1024 bytes. Labels follow the WHATWG Encoding standard (iso-8859-1 and ascii mean windows-1252).
/// </summary>
public static partial class HtmlCharset
{
    private const int PrescanBytes = 1024;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding declared for <paramref name="bytes"/>, or null (UTF-8 applies); <paramref name="label"/> is what was declared.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> bytes, string? httpCharset, out string? label)
    {
        label = null;
        if (RawTextDecoder.StartsWithBom(bytes))
        {
            return null;
        }

        label = Clean(httpCharset) ?? MetaCharset(bytes);
        return label is null ? null : FromLabel(label);
    }

    /// <summary>The encoding a charset label names, or null when it is unknown.</summary>
    public static Encoding? FromLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" => "windows-1252",
            "x-sjis" or "shift-jis" => "shift_jis",
            "unicode-1-1-utf-8" or "utf8" => "utf-8",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaTag().Match(head);
        return match.Success ? Clean(match.Groups["charset"].Value) : null;
    }

    private static string? Clean(string? label) => string.IsNullOrWhiteSpace(label) ? null : label.Trim().Trim('"', '\'');

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();
}
