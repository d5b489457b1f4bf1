using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Store;

namespace QaBot.Core;

/// <summary>Registers everything QaBot.Core offers: options (validated at start-up), store, embeddings, retrieval, answering.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the RAG core bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddQaBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddQaBotStore(configuration);
        return services;
    }

    // ---- Store (Core/Store): one SQLite file; the chunk collection is seen through the VectorData abstractions. ----

    private static IServiceCollection AddQaBotStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteVectorStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoreOptions>>()));
        services.AddSingleton<VectorStore>(sp => sp.GetRequiredService<SqliteVectorStore>());
        services.AddSingleton(sp => new ArticleCatalog(sp.GetRequiredService<SqliteVectorStore>()));
        services.AddSingleton(sp => sp.GetRequiredService<SqliteVectorStore>().GetChunkCollection(ChunkDimensions(sp)));
        services.AddSingleton<VectorStoreCollection<string, ChunkRecord>>(sp => sp.GetRequiredService<SqliteCollection<ChunkRecord>>());
        services.AddSingleton<IKeywordHybridSearchable<ChunkRecord>>(sp => sp.GetRequiredService<SqliteCollection<ChunkRecord>>());
        return services;
    }

    /// <summary>The chunk vector size: what the registered embedding generator reports, else the local GloVe size.</summary>
    private static int ChunkDimensions(IServiceProvider services) =>
        services.GetService<IEmbeddingGenerator<string, Embedding<float>>>()?.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions
        ?? ChunkRecord.DefaultDimensions;
}
