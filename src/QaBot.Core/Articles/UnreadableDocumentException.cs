namespace QaBot.Core.Articles;

/// <summary>A document whose bytes cannot be read in its format; the message is the reason shown next to its name.</summary>
public sealed class UnreadableDocumentException : Exception
{
    /// <summary>Creates the exception with the user-facing reason.</summary>
    public UnreadableDocumentException(string message) : base(message) { }

    /// <summary>Creates the exception with the user-facing reason and its cause.</summary>
    public UnreadableDocumentException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Needed by the analyzers' exception pattern.</summary>
    public UnreadableDocumentException() : base("unreadable document") { }
}
