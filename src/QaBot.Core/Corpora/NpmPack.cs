using System.ComponentModel;
using System.Diagnostics;

namespace QaBot.Core.Corpora;

/// <summary>Fetches an npm package tarball with <c>npm pack</c> (no node_modules, no install scripts run).</summary>
internal static class NpmPack
{
    /// <summary>Runs <c>npm pack PACKAGE</c> in <paramref name="directory"/> and returns the tarball's path.</summary>
    public static async Task<string> RunAsync(string npm, string package, string directory, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo
        {
            FileName = OperatingSystem.IsWindows() ? "cmd.exe" : npm,
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows())
        {
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add(npm);
        }

        foreach (var argument in (string[])["pack", package, "--silent", "--ignore-scripts"])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception ex)
        {
            throw new QaBotException($"could not run '{npm}' ({ex.Message}): install Node.js and npm", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timer.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new QaBotException(
                    $"npm pack {package} did not finish within {timeout.TotalMinutes:0} minutes (no registry access?)");
            }

            var output = (await stdout).Trim();
            if (process.ExitCode != 0)
            {
                var reason = (await stderr).Trim().Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? $"exit code {process.ExitCode}";
                throw new QaBotException($"npm pack {package} failed: {reason}");
            }

            var file = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.EndsWith(".tgz", StringComparison.Ordinal));
            var path = file is null ? null : Path.Combine(directory, file);
            return path is not null && File.Exists(path)
                ? path
                : throw new QaBotException($"npm pack {package} printed no tarball name ('{output}')");
        }
    }
}
