using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;
using QaBot.Core.Retrieval;
using QaBot.Core.Store;
using QaBot.Core.Web;

namespace QaBot.Core;

/// <summary>Registers everything QaBot.Core offers: options (validated at start-up), store, embeddings, retrieval, answering.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the RAG core bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddQaBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<IngestionOptions>(configuration, IngestionOptions.Section);
        services.AddValidatedOptions<ArticleLoaderOptions>(configuration, ArticleLoaderOptions.SectionName);
        services.AddValidatedOptions<ChunkingOptions>(configuration, ChunkingOptions.SectionName);
        services.AddValidatedOptions<EmbeddingOptions>(configuration, EmbeddingOptions.SectionName);
        services.AddValidatedOptions<StoreOptions>(configuration, StoreOptions.SectionName);
        services.AddValidatedOptions<RetrievalOptions>(configuration, RetrievalOptions.Section);
        services.AddValidatedOptions<AnsweringOptions>(configuration, AnsweringOptions.Section);

        // Articles and chunking: pure stages.
        services.AddSingleton<ArticleLoader>();
        services.AddSingleton<TextChunker>();

        // Embeddings: one lazily loaded model for the whole app (the ArcticXs sentence encoder offline, or a remote endpoint).
        services.AddSingleton<EmbeddingModel>();

        // Store: one SQLite file (default) or PostgreSQL (Store:Provider); the chunk collection is seen through the
        // VectorData abstractions, so nothing downstream depends on the engine.
        services.AddSingleton<QaBotVectorStore>(sp => sp.GetRequiredService<IOptions<StoreOptions>>().Value.Provider switch
        {
            StoreProvider.Postgres => new PostgresVectorStore(
                sp.GetRequiredService<IOptions<StoreOptions>>(), sp.GetService<ILogger<PostgresVectorStore>>()),
            _ => new SqliteVectorStore(sp.GetRequiredService<IOptions<StoreOptions>>()),
        });
        services.AddSingleton<VectorStore>(sp => sp.GetRequiredService<QaBotVectorStore>());
        services.AddSingleton(sp => sp.GetRequiredService<QaBotVectorStore>().Articles);
        services.AddSingleton(sp => sp.GetRequiredService<QaBotVectorStore>().GetChunkCollection(ChunkDimensions(sp)));
        services.AddSingleton(sp => (IKeywordHybridSearchable<ChunkRecord>)sp.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>());
        services.AddSingleton(sp => (IKeywordSearchable<ChunkRecord>)sp.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>());

        // The engine's own types, for code that needs SQLite specifics (bench, tests); asking for them with another provider is a bug.
        services.AddSingleton(sp => sp.GetRequiredService<QaBotVectorStore>() as SqliteVectorStore
            ?? throw new InvalidOperationException("SqliteVectorStore was requested but Store:Provider is not Sqlite; depend on QaBotVectorStore."));
        services.AddSingleton(sp => sp.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>() as SqliteCollection<ChunkRecord>
            ?? throw new InvalidOperationException("SqliteCollection was requested but Store:Provider is not Sqlite; depend on VectorStoreCollection<string, ChunkRecord>."));

        // Ingestion, retrieval, answering.
        services.AddSingleton<SentenceVectors>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleWriter>();
        services.AddSingleton<EmbeddingModelGuard>();
        services.AddQaBotWeb();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<TermWeighter>();
        services.AddSingleton<HybridRetriever>();
        services.AddSingleton(sp =>
        {
            var answering = sp.GetRequiredService<IOptions<AnsweringOptions>>().Value;
            var embeddings = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            var tokens = answering.TokenMatch && embeddings.Provider != EmbeddingProvider.None ? new TokenMatch(embeddings.Threads) : null;
            tokens?.Preload(); // whatever asks for the reader is about to answer
            return new SentenceReader(() => LoadReaderModel(answering), tokens);
        });
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<AnswerService>();

        // LLM (Answering/Generative): options and the query rewriter always; chat model, prompts and the generative
        // answerer only when Llm:Provider is set.
        services.AddQaBotLlm(configuration);
        return services;
    }

    private static ReaderModel LoadReaderModel(AnsweringOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ReaderModel))
        {
            return ReaderModel.Default;
        }

        if (!File.Exists(options.ReaderModel))
        {
            throw new QaBotException($"Answering:ReaderModel file not found: {Path.GetFullPath(options.ReaderModel)} — fix the path or leave the setting empty for the shipped model");
        }

        return ReaderModel.Parse(File.ReadAllText(options.ReaderModel), options.ReaderModel);
    }

    private static void AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
        => services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>
    /// The chunk vector size: the configured model's, or the shipped encoders' size when vectors are unavailable
    /// (chunks are then stored without vectors, so the size only matters once vectors arrive).
    /// </summary>
    private static int ChunkDimensions(IServiceProvider services)
    {
        var model = services.GetRequiredService<EmbeddingModel>();
        return model.IsAvailable ? model.Dimensions : ChunkRecord.DefaultDimensions;
    }
}
