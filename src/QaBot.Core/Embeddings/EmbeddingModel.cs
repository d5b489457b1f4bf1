using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace QaBot.Core.Embeddings;

/// <summary>
/// The embedding model the app uses, chosen by the "Embeddings" settings and loaded lazily on first use (commands that
/// never embed pay nothing) and thread-safely. Without usable vectors it is <em>unavailable</em>, not an error:
/// <see cref="Generator"/> is null and <see cref="UnavailableReason"/> says why and what to do, and the app answers with
/// full-text retrieval only. The default is the ArcticXs sentence encoder shipped in a NuGet package: nothing to download.
/// </summary>
public sealed class EmbeddingModel : IDisposable
{
    private readonly EmbeddingOptions _options;
    private readonly ILogger _logger;
    private readonly Lazy<State> _state;
    private readonly Lock _probeGate = new();
    private Task<int>? _probe;
    private volatile string? _suspended;

    /// <summary>Creates the (not yet loaded) model from the validated options.</summary>
    public EmbeddingModel(IOptions<EmbeddingOptions> options, ILogger<EmbeddingModel>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger ?? NullLogger<EmbeddingModel>.Instance;
        _state = new Lazy<State>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The generator, or null when no embedding model is available (or its use is <see cref="Suspend">suspended</see>).</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Generator => _suspended is null ? _state.Value.Generator : null;

    /// <summary>True when <see cref="Generator"/> is usable.</summary>
    public bool IsAvailable => Generator is not null;

    /// <summary>Why there is no generator, in one line for the user; null when available.</summary>
    public string? UnavailableReason => _suspended ?? _state.Value.UnavailableReason;

    /// <summary>
    /// Stops using the model's vectors in this process, for <paramref name="reason"/> (shown as <see cref="UnavailableReason"/>):
    /// the store was built with another model and is too large to re-embed on the spot. <see cref="ModelId"/> and
    /// <see cref="Dimensions"/> still describe the configured model.
    /// </summary>
    public void Suspend(string reason) => _suspended = reason;

    /// <summary>Identifies the vector space ("Snowflake/snowflake-arctic-embed-xs", "openai:text-embedding-3-small"); "none" when unavailable.</summary>
    public string ModelId => _state.Value.ModelId;

    /// <summary>
    /// Vector length; 0 when unavailable. For a remote model without Embeddings:Dimensions, the first access embeds one
    /// short probe text (blocking); prefer <see cref="GetDimensionsAsync"/> there.
    /// </summary>
    public int Dimensions => _state.Value.Dimensions ?? GetDimensionsAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Embeds a search query (with the instruction prefix retrieval-tuned networks expect); null when unavailable.</summary>
    public async Task<ReadOnlyMemory<float>?> EmbedQueryAsync(string query, CancellationToken ct)
    {
        var state = _state.Value;
        if (_suspended is not null || state.Generator is not { } generator)
        {
            return null;
        }

        var embedding = await generator.GenerateAsync(state.QueryPrefix + query, cancellationToken: ct);
        return embedding.Vector;
    }

    /// <summary>Vector length, asking a remote model once when it is not configured.</summary>
    public Task<int> GetDimensionsAsync(CancellationToken ct)
    {
        var state = _state.Value;
        if (state.Dimensions is { } known)
        {
            return Task.FromResult(known);
        }

        lock (_probeGate)
        {
            // One probe for everyone; a failed one (endpoint down) is retried on the next call.
            if (_probe is null || _probe.IsFaulted || _probe.IsCanceled)
            {
                _probe = ProbeDimensionsAsync();
            }

            return _probe.WaitAsync(ct);
        }
    }

    private async Task<int> ProbeDimensionsAsync()
    {
        var embedding = await _state.Value.Generator!.GenerateAsync("dimension probe");
        return embedding.Vector.Length;
    }

    private State Load()
    {
        var state = _options.Provider switch
        {
            EmbeddingProvider.None => State.Unavailable("embeddings are switched off (Embeddings:Provider is None) — answering with full-text search only"),
            EmbeddingProvider.MiniLM => LoadEncoder(EncoderNetwork.MiniLM),
            EmbeddingProvider.ArcticXs => LoadEncoder(EncoderNetwork.ArcticXs),
            _ => new State(RemoteEmbeddings.Create(_options), RemoteEmbeddings.ModelIdFor(_options), _options.Dimensions, null),
        };
        if (state.UnavailableReason is not null)
        {
            _logger.LogInformation("Embeddings unavailable: {Reason}", state.UnavailableReason);
        }

        return state;
    }

    private State LoadEncoder(EncoderNetwork network)
    {
        var stopwatch = Stopwatch.StartNew();
        var encoder = SentenceEncoder.Shared(network, _options.Threads);
        _logger.LogDebug("Loaded the {Model} sentence encoder in {Ms:0} ms", network.ModelId, stopwatch.Elapsed.TotalMilliseconds);
        return new State(encoder, network.ModelId, EncoderNetwork.Dimensions, null) { QueryPrefix = network.QueryPrefix, Shared = true };
    }

    /// <summary>Releases the generator, if one was loaded and it is this model's own.</summary>
    public void Dispose()
    {
        if (_state.IsValueCreated && !_state.Value.Shared)
        {
            _state.Value.Generator?.Dispose();
        }
    }

    private sealed record State(
        IEmbeddingGenerator<string, Embedding<float>>? Generator, string ModelId, int? Dimensions, string? UnavailableReason)
    {
        public string QueryPrefix { get; init; } = "";

        /// <summary>A process-wide generator (<see cref="SentenceEncoder.Shared"/>): not this model's to dispose.</summary>
        public bool Shared { get; init; }

        public static State Unavailable(string reason) => new(null, "none", 0, reason);
    }
}
