using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Spectre.Console;

namespace QaBot.Cli.Bench;

/// <summary>Collects <see cref="BenchFigure"/>s, prints them as a table and writes them (with the machine's description) to bench.json.</summary>
internal sealed class BenchReport(bool quick)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly List<BenchFigure> _figures = [];
    private readonly List<string> _notes = [];
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public IReadOnlyList<BenchFigure> Figures => _figures;

    public void Add(BenchFigure figure)
    {
        var withLoad = figure with { Load = figure.Load ?? MachineLoad.Now() };
        _figures.Add(withLoad);
        AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(withLoad.Scenario)} · {Markup.Escape(withLoad.Metric)}:[/] {Format(withLoad.Value)} {Markup.Escape(withLoad.Unit)}");
    }

    /// <summary>A sentence for the reader: a skipped size and why, the build configuration, …</summary>
    public void Note(string note)
    {
        _notes.Add(note);
        AnsiConsole.MarkupLine($"  [yellow]note:[/] {Markup.Escape(note)}");
    }

    public void Print()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"QaBot bench{(quick ? " (--quick)" : "")}");
        foreach (var column in new[] { "scenario", "metric", "value", "p95", "p99", "baseline", "× baseline", "target", "met", "load" })
        {
            table.AddColumn(column);
        }

        foreach (var f in _figures)
        {
            table.AddRow(
                Markup.Escape(f.Scenario),
                Markup.Escape(f.Metric),
                Markup.Escape($"{Format(f.Value)} {f.Unit}"),
                f.P95 is { } p95 ? Format(p95) : "",
                f.P99 is { } p99 ? Format(p99) : "",
                Markup.Escape(f.Baseline is { } b ? $"{Format(b)} ({f.BaselineName})" : ""),
                f.Ratio is { } r ? Format(r) + "×" : "",
                Markup.Escape(f.Target ?? ""),
                f.Met switch { true => "[green]yes[/]", false => "[red]no[/]", null => "" },
                f.Load is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : "");
        }

        AnsiConsole.Write(table);
        foreach (var note in _notes)
        {
            AnsiConsole.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        }
    }

    /// <summary>The figures as a Markdown table (for the README's Performance section).</summary>
    public string ToMarkdown()
    {
        var lines = new List<string>
        {
            "| scenario | metric | value | p95 | p99 | baseline | × baseline | target | met | load |",
            "|---|---|---:|---:|---:|---|---:|---|---|---:|",
        };
        lines.AddRange(_figures.Select(f => string.Join(" | ", [
            "", f.Scenario, f.Metric, $"{Format(f.Value)} {f.Unit}".Trim(), f.P95 is { } a ? Format(a) : "", f.P99 is { } b ? Format(b) : "",
            f.Baseline is { } c ? $"{Format(c)} ({f.BaselineName})" : "", f.Ratio is { } r ? Format(r) + "×" : "", f.Target ?? "",
            f.Met switch { true => "yes", false => "**no**", null => "" }, f.Load is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : "", "",
        ]).Trim()));
        lines.Add("");
        lines.AddRange(_notes.Select(n => "- " + n));
        return string.Join('\n', lines) + "\n";
    }

    public async Task WriteAsync(string path, CancellationToken ct)
    {
        var document = new
        {
            quick,
            started = _started,
            finished = DateTimeOffset.UtcNow,
            machine = new
            {
                os = RuntimeInformation.OSDescription,
                cpu = CpuName(),
                cores = Environment.ProcessorCount,
                memoryGiB = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
                runtime = RuntimeInformation.FrameworkDescription,
                build = IsOptimized() ? "Release" : "Debug (unoptimised: run with -c Release for real figures)",
            },
            notes = _notes,
            figures = _figures.Select(f => new
            {
                f.Scenario,
                f.Metric,
                value = Round(f.Value),
                p95 = f.P95 is { } p95 ? Round(p95) : (double?)null,
                p99 = f.P99 is { } p99 ? Round(p99) : (double?)null,
                f.Unit,
                baseline = f.Baseline is { } b ? Round(b) : (double?)null,
                f.BaselineName,
                ratio = f.Ratio is { } r ? Round(r) : (double?)null,
                f.Target,
                f.Met,
                f.Load,
                f.Note,
            }),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Json), ct);
    }

    /// <summary>True when the CLI assembly was compiled with optimisations (a Release build).</summary>
    public static bool IsOptimized() =>
        typeof(BenchReport).Assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    private static string? CpuName()
    {
        try
        {
            return File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                : RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double Round(double value) => Math.Round(value, value >= 100 ? 1 : 3);

    public static string Format(double value) =>
        double.IsNaN(value) ? "–"
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("0.0", CultureInfo.InvariantCulture)
        : value.ToString("0.00#", CultureInfo.InvariantCulture);
}
