using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Answering.Generative;

/// <summary>The chat model kinds QaBot can talk to.</summary>
public enum LlmProvider
{
    /// <summary>No model: offline extractive answers only (the default).</summary>
    None,

    /// <summary>api.openai.com (or an OpenAI endpoint given in <see cref="LlmOptions.Endpoint"/>).</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource: <see cref="LlmOptions.Endpoint"/> + <see cref="LlmOptions.Deployment"/>.</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the OpenAI chat API: Ollama, LM Studio, vLLM, llama.cpp server.</summary>
    OpenAICompatible,
}

/// <summary>
/// Settings of the optional chat model (section <c>Llm</c>). Cross-field rules (which keys each provider needs)
/// live in <see cref="LlmOptionsValidator"/>; every failure names the key and the fix.
/// </summary>
public sealed class LlmOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Llm";

    /// <summary>None (default), OpenAI, AzureOpenAI or OpenAICompatible. A string so a typo gets a message listing the choices.</summary>
    public string Provider { get; set; } = nameof(LlmProvider.None);

    /// <summary>Base URL, e.g. <c>http://localhost:11434/v1</c> (Ollama) or <c>https://myres.openai.azure.com</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key; optional for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model name (OpenAI / compatible servers), e.g. <c>gpt-4o-mini</c> or <c>llama3.1:8b</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Azure OpenAI API version, e.g. <c>2024-10-21</c>; empty = the SDK's default.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Per-attempt timeout until the model starts answering, and the longest silence allowed mid-stream.</summary>
    [Range(1, 600, ErrorMessage = "Llm:TimeoutSeconds must be between 1 and 600 (seconds); local models on CPU may need 120.")]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Retries (with exponential backoff) after a transient failure: 5xx, 429, timeout, connection error.</summary>
    [Range(0, 10, ErrorMessage = "Llm:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base delay of the exponential backoff between retries, in milliseconds.</summary>
    [Range(0, 60_000, ErrorMessage = "Llm:RetryDelayMilliseconds must be between 0 and 60000.")]
    public int RetryDelayMilliseconds { get; set; } = 500;

    /// <summary>Token budget for the numbered sources in the prompt; lower-ranked passages that do not fit are left out.</summary>
    [Range(200, 1_000_000, ErrorMessage = "Llm:MaxContextTokens must be between 200 and 1000000; use about half the model's context window.")]
    public int MaxContextTokens { get; set; } = 3000;

    /// <summary>Maximum tokens the model may write in one answer.</summary>
    [Range(16, 100_000, ErrorMessage = "Llm:MaxAnswerTokens must be between 16 and 100000.")]
    public int MaxAnswerTokens { get; set; } = 700;

    /// <summary>Sampling temperature; low values keep answers close to the sources.</summary>
    [Range(0.0, 2.0, ErrorMessage = "Llm:Temperature must be between 0 and 2.")]
    public double Temperature { get; set; } = 0.1;

    /// <summary>
    /// Share of a sentence's content words that must appear in its cited passage for the sentence to count as supported
    /// (numbers must always appear). See <see cref="Verification.SupportTest"/>: the answer checker enforces it and the
    /// eval's citation validity counts by it, with or without a model.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Llm:MinSupport must be between 0 and 1 (default 0.5).")]
    public double MinSupport { get; set; } = Verification.SupportTest.DefaultMinSupport;

    /// <summary>Folder of prompt templates: relative to the current directory, else next to the executable.</summary>
    [Required(ErrorMessage = "Llm:PromptsDirectory must not be empty (default \"prompts\").")]
    public string PromptsDirectory { get; set; } = "prompts";

    /// <summary>When repeated failures stop calls to the model for a while (answers fall back to extractive meanwhile).</summary>
    public LlmCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>The parsed provider; valid after validation.</summary>
    public LlmProvider ProviderKind =>
        Enum.TryParse<LlmProvider>(Provider, ignoreCase: true, out var kind) ? kind : LlmProvider.None;

    /// <summary>True when a model is configured.</summary>
    public bool Enabled => ProviderKind != LlmProvider.None;
}

/// <summary>Circuit breaker of the model's HTTP client (section <c>Llm:CircuitBreaker</c>).</summary>
public sealed class LlmCircuitBreakerOptions
{
    /// <summary>Share of failed calls within the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Llm:CircuitBreaker:FailureRatio must be between 0.01 and 1.")]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the ratio is judged.</summary>
    [Range(2, 10_000, ErrorMessage = "Llm:CircuitBreaker:MinimumThroughput must be at least 2.")]
    public int MinimumThroughput { get; set; } = 4;

    /// <summary>Length of the sampling window, in seconds.</summary>
    [Range(1, 3600, ErrorMessage = "Llm:CircuitBreaker:SamplingSeconds must be between 1 and 3600.")]
    public int SamplingSeconds { get; set; } = 60;

    /// <summary>How long the circuit stays open (no calls to the model) before one trial call.</summary>
    [Range(1, 3600, ErrorMessage = "Llm:CircuitBreaker:BreakSeconds must be between 1 and 3600.")]
    public int BreakSeconds { get; set; } = 30;

    /// <summary>
    /// Timed-out calls in a row that also open the circuit (0 = off). A model slower than <c>Llm:TimeoutSeconds</c>
    /// fails so slowly that the ratio rule above may never see enough calls in its window.
    /// </summary>
    [Range(0, 100, ErrorMessage = "Llm:CircuitBreaker:ConsecutiveTimeouts must be between 0 (off) and 100.")]
    public int ConsecutiveTimeouts { get; set; } = 2;
}
