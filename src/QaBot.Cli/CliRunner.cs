using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Answering;

namespace QaBot.Cli;

/// <summary>
/// Runs one command's body with the shared services and turns failures into exit codes with a one-line reason:
/// 0 ok, 2 bad usage or configuration, 1 failure, 130 cancelled. Stack traces only with QABOT_DEBUG=1.
/// </summary>
internal static class CliRunner
{
    /// <summary>The global <c>--config</c> option every command accepts.</summary>
    public static readonly Option<string?> ConfigOption = new("--config")
    {
        Description = "Extra JSON settings file (overrides appsettings.json; environment variables override both)",
        Recursive = true,
    };

    /// <summary>Builds services for <paramref name="parse"/> and runs <paramref name="body"/>.</summary>
    public static Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
        => RunAsync(parse, body, null, ct);

    /// <summary>Same, with extra services (e.g. the Telegram host's) registered after the core.</summary>
    public static async Task<int> RunAsync(
        ParseResult parse,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        Action<IServiceCollection, IConfiguration>? extraServices,
        CancellationToken ct)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var configuration = CliServices.LoadConfiguration(parse.GetValue(ConfigOption));
            await using var services = await CliServices.CreateAsync(configuration, extraServices, ct);
            return await body(services, ct);
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (InvalidQuestionException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder's own wording already names the key and the value; an enum also gets its valid values.
            await error.WriteLineAsync($"configuration error: {ConfigurationErrors.Conversion(ex)}");
            return 2;
        }
        catch (InvalidDataException ex) when (ConfigurationErrors.UnreadableFile(ex) is { } reason)
        {
            await error.WriteLineAsync($"configuration error: {reason}");
            Debug(error, ex);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"configuration error: {string.Join("; ", ex.Failures)}");
            return 2;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (QaBotException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            Debug(error, ex);
            return 1;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await error.WriteLineAsync($"error: database: {ex.Message}");
            Debug(error, ex);
            return 1;
        }
        catch (SqliteException ex)
        {
            await error.WriteLineAsync($"error: database: {ex.Message}");
            Debug(error, ex);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HttpRequestException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            Debug(error, ex);
            return 1;
        }
    }

    private static void Debug(TextWriter error, Exception ex)
    {
        if (Environment.GetEnvironmentVariable("QABOT_DEBUG") == "1")
        {
            error.WriteLine(ex.ToString());
        }
    }
}
