namespace QaBot.Core.Answering.Queries;

/// <summary>A natural language by ISO 639-1 code and English name (the name goes into prompts: "Answer in Russian").</summary>
public sealed record Language(string Code, string Name)
{
    /// <summary>English, the language of the articles and the default.</summary>
    public static readonly Language English = new("en", "English");

    /// <summary>True for English.</summary>
    public bool IsEnglish => Code == "en";
}
