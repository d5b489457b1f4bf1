using System.Globalization;
using QaBot.Core.Answering;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.Telegram.Rendering;

/// <summary>
/// Inline buttons under an answer: one per cited source (shows the quoted passage) and 👍 / 👎.
/// Callback data is short ("s:{answerId}:{n}", "f:{answerId}:up") and points at state kept in SQLite.
/// </summary>
public static class AnswerKeyboard
{
    /// <summary>The keyboard for a stored answer.</summary>
    public static InlineKeyboardMarkup For(long answerId, IReadOnlyList<Citation> citations)
    {
        var rows = new List<List<InlineKeyboardButton>>();
        var ordered = citations.OrderBy(c => c.N).ToList();
        if (ordered.Count <= 4)
        {
            rows.AddRange(ordered.Select(c => new List<InlineKeyboardButton> { Source(answerId, c.N, $"📄 [{c.N}] {Shorten(c.Title, 40)}") }));
        }
        else
        {
            rows.AddRange(ordered.Chunk(5).Select(row => row.Select(c => Source(answerId, c.N, $"📄 [{c.N}]")).ToList()));
        }

        rows.Add([
            InlineKeyboardButton.WithCallbackData("👍", CallbackData.Feedback(answerId, up: true)),
            InlineKeyboardButton.WithCallbackData("👎", CallbackData.Feedback(answerId, up: false)),
        ]);
        return new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton Source(long answerId, int n, string label)
        => InlineKeyboardButton.WithCallbackData(label, CallbackData.Source(answerId, n));

    private static string Shorten(string text, int max)
        => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}

/// <summary>Builds and reads the callback data of <see cref="AnswerKeyboard"/> (always well under Telegram's 64 bytes).</summary>
public static class CallbackData
{
    /// <summary>"s:{answerId}:{n}".</summary>
    public static string Source(long answerId, int n) => string.Create(CultureInfo.InvariantCulture, $"s:{answerId}:{n}");

    /// <summary>"f:{answerId}:up" or "f:{answerId}:down".</summary>
    public static string Feedback(long answerId, bool up) => string.Create(CultureInfo.InvariantCulture, $"f:{answerId}:{(up ? "up" : "down")}");

    /// <summary>Parses either form; false for anything else (old or foreign buttons).</summary>
    public static bool TryParse(string? data, out char kind, out long answerId, out string value)
    {
        (kind, answerId, value) = ('\0', 0, "");
        var parts = (data ?? "").Split(':');
        if (parts.Length != 3 || parts[0] is not ("s" or "f") || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out answerId))
        {
            return false;
        }

        (kind, value) = (parts[0][0], parts[2]);
        return kind == 'f' ? value is "up" or "down" : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
