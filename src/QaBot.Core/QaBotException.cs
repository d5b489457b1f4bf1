namespace QaBot.Core;

/// <summary>
/// An error the user can fix (bad file, bad setting, store built with another model, endpoint down).
/// The message is one line that says what went wrong and how to fix it; front ends print it without a stack trace.
/// </summary>
public class QaBotException : Exception
{
    /// <summary>Creates the error with its one-line, user-facing message.</summary>
    public QaBotException(string message) : base(message) { }

    /// <summary>Creates the error with its one-line, user-facing message and the underlying cause.</summary>
    public QaBotException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Needed by the analyzers' exception pattern.</summary>
    public QaBotException() : base("QaBot error") { }
}
