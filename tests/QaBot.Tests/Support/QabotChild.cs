using System.Diagnostics;

namespace QaBot.Tests.Support;

/// <summary>The real <c>qabot</c> executable (built next to the tests) run as a child process: stdout and stderr kept apart.</summary>
internal static class QabotChild
{
    /// <summary>
    /// qabot.dll in the CLI project's own output (same configuration as the tests): the copy next to the tests resolves
    /// some shared-framework assemblies differently.
    /// </summary>
    public static string Executable
    {
        get
        {
            var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // …/bin/Debug/net10.0
            return Path.Combine(RepoPaths.Root, "src", "QaBot.Cli", "bin", tests.Parent!.Name, tests.Name, "qabot.dll");
        }
    }

    /// <summary>How to start <c>dotnet qabot.dll ARGS</c> in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Runs qabot to the end; fails the test when it takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(arguments, environment, workingDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"qabot {string.Join(' ', arguments)} did not finish in {timeout}; stderr: {await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
