using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QaBot.Core;

namespace QaBot.Cli;

/// <summary>The generic host the long-running commands (<c>serve</c>, <c>watch</c>) start from: configuration, logs on stderr, the core.</summary>
internal static class CliHost
{
    /// <summary>A host builder with <paramref name="configuration"/>, one-line timestamped logs on stderr and the core services.</summary>
    public static HostApplicationBuilder CreateBuilder(IConfiguration configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // logs on stderr, like every command
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // A start-up failure is printed once, as one line, by CliRunner; the host would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Every feed poll and page fetch would log four lines; what was ingested is logged by the watcher itself.
        builder.Logging.AddFilter("System.Net.Http.HttpClient.qabot-web", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.AddQaBotCore(configuration);
        return builder;
    }
}
