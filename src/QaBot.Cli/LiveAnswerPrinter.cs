using QaBot.Core.Answering;
using Spectre.Console;

namespace QaBot.Cli;

/// <summary>The terminal an answer streams to: its size in cells and whether it understands ANSI cursor movement.</summary>
internal sealed record Terminal(int Width, int Height, bool Ansi)
{
    /// <summary>
    /// The console, when an answer should stream to it: a model is configured (offline answers arrive whole), the
    /// output is the real stdout and not redirected, and no JSON was asked for. Null otherwise.
    /// </summary>
    public static Terminal? ForStreaming(TextWriter output, bool json, bool modelConfigured)
    {
        if (json || !modelConfigured || !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return null;
        }

        var profile = AnsiConsole.Profile;
        return new Terminal(Math.Max(profile.Width, 20), Math.Max(profile.Height, 5), profile.Capabilities.Ansi);
    }
}

/// <summary>
/// Prints an answer while the model writes it, dimmed as a draft, then the checked answer and its sources. The checker
/// may drop a sentence or re-point and renumber citations, so the draft is erased and the checked text written in its
/// place when the terminal can (ANSI, draft shorter than the screen); otherwise the checked text follows under
/// "Checked answer:" — only when it differs from what streamed.
/// </summary>
internal sealed class LiveAnswerPrinter(TextWriter output, Terminal terminal)
{
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";
    private const string ClearToEnd = "\r\u001b[J";

    /// <summary>Prints <paramref name="updates"/> as they come; returns the final answer.</summary>
    public async Task<Answer> PrintAsync(IAsyncEnumerable<AnswerUpdate> updates, CancellationToken cancellationToken)
    {
        var shown = "";
        try
        {
            await foreach (var update in updates.WithCancellation(cancellationToken))
            {
                if (update.Final is { } final)
                {
                    await FinishAsync(shown, final);
                    return final;
                }

                // Leading whitespace is not worth a line; a stream that does not extend what is shown cannot be appended to.
                var text = update.TextSoFar.TrimStart();
                if (text.Length <= shown.Length || !text.StartsWith(shown, StringComparison.Ordinal))
                {
                    continue;
                }

                await output.WriteAsync((shown.Length == 0 && terminal.Ansi ? Dim : "") + text[shown.Length..]);
                await output.FlushAsync(cancellationToken);
                shown = text;
            }
        }
        catch (OperationCanceledException) when (shown.Length > 0)
        {
            await output.WriteLineAsync(terminal.Ansi ? Reset : "");
            throw;
        }

        throw new InvalidOperationException("The answer stream ended without a final answer.");
    }

    private async Task FinishAsync(string shown, Answer final)
    {
        if (shown.Length == 0)
        {
            await output.WriteLineAsync(AnswerPrinter.ToText(final));
        }
        else if (terminal.Ansi && Rows(shown) < terminal.Height)
        {
            var up = Rows(shown) - 1;
            await output.WriteAsync(Reset + (up > 0 ? $"\u001b[{up}A" : "") + ClearToEnd);
            await output.WriteLineAsync(AnswerPrinter.ToText(final));
        }
        else if (Collapse(shown) == Collapse(final.Text))
        {
            await output.WriteLineAsync((terminal.Ansi ? Reset : "") + AnswerPrinter.Footer(final));
        }
        else
        {
            await output.WriteLineAsync((terminal.Ansi ? Reset : "") + Environment.NewLine);
            await output.WriteLineAsync("Checked answer:");
            await output.WriteLineAsync(AnswerPrinter.ToText(final));
        }
    }

    /// <summary>Terminal rows <paramref name="text"/> takes when printed from the start of a row: each line wraps at the width.</summary>
    private int Rows(string text) =>
        text.Split('\n').Sum(line => Math.Max(1, (line.TrimEnd('\r').GetCellWidth() + terminal.Width - 1) / terminal.Width));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
