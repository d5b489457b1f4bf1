namespace QaBot.Core.Answering.Queries;

/// <summary>
/// A question made ready for retrieval.
/// </summary>
/// <param name="Text">The standalone question in the user's language (follow-ups resolved).</param>
/// <param name="SearchText">What retrieval should search for: <see cref="Text"/> translated to English when a model is available.</param>
/// <param name="Language">The language of the user's question; the answer is written in it when a model is available.</param>
/// <param name="Method">How it was made: "as-is", "carry-over" (offline follow-up), "model" (follow-up rewritten by the model), plus "+translated".</param>
/// <param name="Note">A one-line note for the user, e.g. that offline mode cannot search in this language.</param>
public sealed record StandaloneQuery(string Text, string SearchText, Language Language, string Method, string? Note = null);
