namespace QaBot.Core.Store;

/// <summary>
/// The store file cannot be used as it is: not a SQLite database, in a folder we cannot write, made by a newer QaBot,
/// or built with a different embedding model. The message names the file and what to do; front ends print it as is.
/// </summary>
public class StoreException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that names the file and the fix.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that names the file and the fix, and the SQLite error behind it.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public StoreException()
    {
    }
}

/// <summary>The store's vectors were produced by another embedding model (or dimension) than the configured one.</summary>
public sealed class EmbeddingModelMismatchException(string storePath, EmbeddingStamp stored, EmbeddingStamp configured)
    : StoreException(
        $"the store {storePath} was built with {stored}; the configured embedding model is {configured}. " +
        "Re-embed it from the stored article texts with `qabot ingest --reembed`, or point Store:Path to a new file.")
{
    /// <summary>The model and dimension recorded in the store.</summary>
    public EmbeddingStamp Stored { get; } = stored;

    /// <summary>The model and dimension the application is configured with.</summary>
    public EmbeddingStamp Configured { get; } = configured;
}
