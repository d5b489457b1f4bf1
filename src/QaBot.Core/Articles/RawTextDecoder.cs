using System.Text;

namespace QaBot.Core.Articles;

/// <summary>
/// Turns a file's bytes into text, or explains why they are not a text article: empty, binary, not UTF-8.
/// UTF-8 (with or without BOM) is the contract; a UTF-16 file with a BOM is accepted too since the BOM makes it unambiguous,
/// and so is any charset the document declares (HTML, see <see cref="HtmlCharset"/>).
/// </summary>
internal static class RawTextDecoder
{
    /// <summary>Above this share of control characters a NUL-free file is still considered binary.</summary>
    private const double MaxControlCharShare = 0.005;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string reason) =>
        TryDecode(bytes, null, out text, out reason);

    /// <summary>Decodes with <paramref name="declared"/> when given (and no byte-order mark says otherwise), else as UTF-8.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding? declared, out string text, out string reason)
    {
        text = "";
        if (bytes.IsEmpty)
        {
            reason = "file is empty";
            return false;
        }
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !StartsWithBom(bytes))
        {
            text = declared.GetString(bytes);
            reason = "";
        }
        else if (!TryDecodeBytes(bytes, out text, out reason))
        {
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "file contains only whitespace";
            return false;
        }
        int controls = 0, firstControl = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
                firstControl = firstControl < 0 ? i : firstControl;
            }
        }
        if (controls > 0 && controls > text.Length * MaxControlCharShare)
        {
            reason = $"looks like a binary file ({controls} control characters, the first 0x{(int)text[firstControl]:X2} at character {firstControl}), not text";
            return false;
        }
        reason = "";
        return true;
    }

    private static bool TryDecodeBytes(ReadOnlySpan<byte> bytes, out string text, out string reason)
    {
        text = "";
        reason = "";
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                text = utf16.GetString(bytes[2..]);
                return true;
            }
            catch (DecoderFallbackException)
            {
                reason = "not valid UTF-16 although it starts with a UTF-16 byte-order mark; save the file as UTF-8";
                return false;
            }
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            reason = $"looks like a binary file (NUL byte at offset {nul}), not text";
            return false;
        }
        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            text = StrictUtf8.GetString(bytes[bom..]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            int offset = bom + FirstInvalidUtf8(bytes[bom..]);
            reason = $"not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save the file as UTF-8";
            return false;
        }
    }

    /// <summary>True when a UTF-8 or UTF-16 byte-order mark leads <paramref name="bytes"/>.</summary>
    internal static bool StartsWithBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        || (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF));

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out int read, out _, replaceInvalidSequences: false);
        return read;
    }
}
