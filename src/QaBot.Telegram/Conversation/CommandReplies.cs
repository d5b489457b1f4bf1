using System.Globalization;
using System.Text;
using QaBot.Core.Store;
using QaBot.Telegram.Corpus;
using QaBot.Telegram.Storage;
using QaBot.Telegram.Rendering;

namespace QaBot.Telegram.Conversation;

/// <summary>The HTML texts of /start, /help, /sources and /stats.</summary>
public static class CommandReplies
{
    /// <summary>Greeting: what the bot knows and example questions from the corpus.</summary>
    public static string Start(CorpusSummary corpus, bool isPrivate)
    {
        var sb = new StringBuilder("👋 <b>Hi! I answer questions from a collection of news articles</b> and cite every claim [n] to the passage it came from.\n\n");
        if (corpus.Articles.Count == 0)
        {
            sb.Append("No articles are loaded yet, so I cannot answer anything right now. An admin can load them with /reindex.");
            return sb.ToString();
        }

        sb.Append(CultureInfo.InvariantCulture, $"I know <b>{corpus.Articles.Count}</b> article{(corpus.Articles.Count == 1 ? "" : "s")}");
        if (corpus.DateRange is var (from, to))
        {
            sb.Append(from == to ? $" from {AnswerFormatter.FormatDate(from)}" : $" from {AnswerFormatter.FormatDate(from)} to {AnswerFormatter.FormatDate(to)}");
        }

        sb.Append(" (/sources lists them).");
        var examples = corpus.ExampleQuestions();
        if (examples.Count > 0)
        {
            sb.Append("\n\nTry for example:");
            foreach (var question in examples)
            {
                sb.Append("\n• ").Append(isPrivate ? "" : "/ask ").Append(Html.Escape(question));
            }
        }

        sb.Append(isPrivate
            ? "\n\nJust type your question. Follow-ups like “and in 2021?” work; /reset starts over."
            : "\n\nIn groups, mention me, reply to me, or use /ask.");
        return sb.ToString();
    }

    /// <summary>How to ask, and the commands (for an admin, also how to add articles).</summary>
    public static string Help(int maxQuestionChars, bool isAdmin = false) => $"""
        <b>How to ask</b>
        Type a question in a private chat. In groups, mention me (@name …), reply to one of my messages, or use /ask …
        I answer only from the articles and cite each claim [n]; the buttons under an answer show the quoted passage, and 👍 / 👎 tell my owner how I did. Questions can be up to {maxQuestionChars} characters; I remember the last few turns, so follow-ups work.

        <b>Commands</b>
        /ask <i>question</i> — ask (needed in groups)
        /latest — the newest articles
        /sources — the articles I know, newest first
        /reset — forget this chat's conversation
        /start — what I know, with example questions
        /help — this message
        """ + (isAdmin ? """


        <b>For admins</b>
        Send me a link (a news feed or an article page) or a file (PDF, DOCX, TXT, MD, HTML) in this private chat to add it; in groups, /ingest <i>link</i>.
        /reindex — read the articles folder again · /stats — usage and index figures
        """ : "");

    /// <summary>The articles, newest first: "n. title — date — link", at most <paramref name="max"/> of them.</summary>
    public static string Sources(CorpusSummary corpus, int max = 50)
    {
        if (corpus.Articles.Count == 0)
        {
            return "No articles are loaded yet.";
        }

        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<b>{corpus.Articles.Count} article{(corpus.Articles.Count == 1 ? "" : "s")}</b>, newest first:"));
        var n = 0;
        foreach (var article in corpus.NewestFirst.Take(max))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{++n}. {AnswerFormatter.SourceLine(article.Title, article.Date, article.Url)}");
        }

        if (corpus.Articles.Count > max)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n… and {corpus.Articles.Count - max} older ones.");
        }

        return sb.ToString();
    }

    /// <summary>The newest articles with their opening lines.</summary>
    public static string Latest(IReadOnlyList<(StoredArticle Article, string Lead)> latest)
    {
        if (latest.Count == 0)
        {
            return "No articles are loaded yet.";
        }

        var sb = new StringBuilder("<b>Latest articles</b>");
        foreach (var (article, lead) in latest)
        {
            sb.Append("\n\n").Append(AnswerFormatter.SourceLine(article.Title, article.Date, article.Url));
            if (lead.Length > 0)
            {
                sb.Append("\n<i>").Append(Html.Escape(lead)).Append("</i>");
            }
        }

        return sb.ToString();
    }

    /// <summary>Admin statistics; <paramref name="ambiguousResends"/> counts sends retried after a lost connection since start.</summary>
    public static string Stats(BotStats stats, long ambiguousResends, CorpusSummary corpus)
    {
        static string Ms(double? ms) => ms is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0} ms") : "–";
        return string.Create(CultureInfo.InvariantCulture, $"""
            <b>Stats</b>
            Questions answered: {stats.Answered} ({stats.Abstained} not found in the articles)
            Feedback: 👍 {stats.FeedbackUp} · 👎 {stats.FeedbackDown}
            Reply latency: p50 {Ms(stats.LatencyP50Ms)} · p95 {Ms(stats.LatencyP95Ms)}
            Updates waiting: {stats.PendingUpdates} · unreadable or failed: {stats.SkippedUpdates}
            Possible duplicates: {stats.PossibleDuplicates} after restarts · {ambiguousResends} resent after a lost connection (since start)
            Index: {corpus.Articles.Count} articles, {corpus.ChunkCount} chunks
            """);
    }
}
