using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering;
using QaBot.Core.Chunking;
using QaBot.Core.Corpora;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using Spectre.Console;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot eval --distractors sotu</c>: the same settings as the command's, but asking a store in which the sample
/// articles are hidden among the State of the Union speeches (<see cref="DistractorStore"/>: built once per embedding
/// model and chunking settings, then reused). The report's notes say it is a distractor run and how many chunks it searched.
/// </summary>
internal sealed class EvalDistractors(IServiceProvider services, string corpus, IAnsiConsole console) : IAsyncDisposable
{
    private ServiceProvider? _storeServices;

    /// <summary>Builds or reuses the distractor store and hands over its answer function and the report note.</summary>
    public async Task<EvalCommand.Target> PrepareAsync(CancellationToken ct)
    {
        var store = DistractorStore.For(
            corpus,
            services.GetRequiredService<IOptions<StoreOptions>>().Value.Path,
            services.GetRequiredService<EmbeddingModel>().ModelId,
            services.GetRequiredService<IOptions<ChunkingOptions>>().Value);
        var articles = services.GetRequiredService<IOptions<IngestionOptions>>().Value.ArticlesPath;
        Directory.CreateDirectory(Path.GetDirectoryName(store.DbPath)!);
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(services.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection([new("Store:Path", store.DbPath), new("Ingestion:AutoIngest", "false")])
            .Build();
        _storeServices = await CliServices.CreateAsync(configuration, null, ct);
        var builder = new DistractorStoreBuilder(
            _storeServices.GetRequiredService<ArticleIngestor>(), _storeServices.GetRequiredService<SqliteCollection<ChunkRecord>>());
        var build = await builder.EnsureAsync(store, articles, token => SotuCorpus.LoadAsync(store.CacheDirectory, Say, token), Say, ct);
        var note = $"distractor run: the articles in {articles} hidden among the State of the Union speeches ({SotuCorpus.Package}, " +
            $"{build.Documents:#,0} documents): {build.Chunks:#,0} chunks in {store.DbPath} " +
            (build.Reused ? "(reused)" : $"(built in {build.Elapsed.TotalSeconds:0} s)");
        Say(note);
        return new EvalCommand.Target(_storeServices.GetRequiredService<AnswerService>().AskAsync, [note], _storeServices);
    }

    public async ValueTask DisposeAsync()
    {
        if (_storeServices is not null)
        {
            await _storeServices.DisposeAsync();
        }
    }

    private void Say(string text) => console.MarkupLineInterpolated($"[grey]{text}[/]");
}
