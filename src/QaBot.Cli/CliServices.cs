using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core;

namespace QaBot.Cli;

/// <summary>Builds configuration (appsettings.json, an optional --config file, environment variables) and the service provider for one command.</summary>
internal static class CliServices
{
    /// <summary>Loads configuration the same way for every command: later sources override earlier ones.</summary>
    public static IConfigurationRoot LoadConfiguration(string? configFile)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true);
        if (!string.IsNullOrEmpty(configFile))
        {
            var full = Path.GetFullPath(configFile);
            if (!File.Exists(full))
            {
                throw new CliUsageException($"--config: file not found: {full}");
            }

            builder.AddJsonFile(full, optional: false);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    /// <summary>Creates the services and validates every option now, so a bad setting fails before any work starts.</summary>
    public static async Task<ServiceProvider> CreateAsync(IConfiguration configuration, Action<IServiceCollection, IConfiguration>? extra, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            // Logs always go to stderr: stdout carries the answer (and `ask --json` must stay parseable).
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = null; })
            .SetMinimumLevel(LogLevel.Warning));
        services.AddQaBotCore(configuration);
        extra?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        if (provider.GetService<IAsyncStartupValidator>() is { } validator)
        {
            await validator.ValidateAsync(ct);
        }

        return provider;
    }
}

/// <summary>Wrong command-line usage or configuration: exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
