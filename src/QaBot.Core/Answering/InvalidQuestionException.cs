namespace QaBot.Core.Answering;

/// <summary>A question that cannot be asked as it is (empty, or longer than Answering:MaxQuestionChars). Nothing was lost.</summary>
public sealed class InvalidQuestionException : QaBotException
{
    /// <summary>Creates the error with its one-line, user-facing message.</summary>
    public InvalidQuestionException(string message) : base(message) { }

    /// <summary>Creates the error with its message and cause.</summary>
    public InvalidQuestionException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Needed by the analyzers' exception pattern.</summary>
    public InvalidQuestionException() : base("invalid question") { }

    /// <summary>Throws when <paramref name="text"/> is empty or longer than <paramref name="maxChars"/>.</summary>
    public static void ThrowIfInvalid(string text, int maxChars)
    {
        // Zero-width spaces, joiners and the like are invisible: a message of only those is empty too.
        if (text.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            throw new InvalidQuestionException("the question is empty; ask something about the articles, e.g. \"What was the trade volume between Russia and China in 2023?\"");
        }

        if (text.Length > maxChars)
        {
            throw new InvalidQuestionException($"the question is {text.Length:N0} characters long; the limit is {maxChars:N0} (Answering:MaxQuestionChars). Ask a shorter question.");
        }
    }
}
