using System.Diagnostics;

namespace QaBot.Cli.Bench;

/// <summary>Runs this same qabot executable as a child process (for cold start and memory: a fresh process each time).</summary>
internal static class QabotProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, double Milliseconds);

    public static async Task<Result> RunAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.GetCurrentDirectory(),
        };
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which executable is running");
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as `dotnet qabot.dll`: start the child the same way.
            start.ArgumentList.Add(typeof(QabotProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        clock.Stop();
        return new Result(process.ExitCode, await output, await error, clock.Elapsed.TotalMilliseconds);
    }
}
