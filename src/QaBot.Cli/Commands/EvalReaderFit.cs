using Microsoft.Extensions.DependencyInjection;
using QaBot.Core;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Evaluation;
using Spectre.Console;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot eval --fit-reader [--folds N] [--reader-out FILE]</c>: fits the reader on the set's questions and writes the
/// model; the eval that follows is cross-validated — each question is answered by a model fitted on the other folds,
/// so the report shows out-of-fold numbers, never the training fit. With <c>--distractors</c> the fit is the model's
/// <see cref="ReaderModel.Large"/> variant (for large stores); without, the large variant in use is kept.
/// </summary>
internal static class EvalReaderFit
{
    /// <summary>Prepares the run's store as <paramref name="prepare"/> does, fits on it, and hands over the cross-validated answer function.</summary>
    public static async Task<EvalCommand.Target> PrepareAsync(
        EvalCommand.Settings settings, Func<CancellationToken, Task<EvalCommand.Target>> prepare, IAnsiConsole console, CancellationToken ct)
    {
        var target = await prepare(ct);
        var services = target.Services ?? throw new InvalidOperationException("--fit-reader needs the services of the store it asks");
        var set = await EvalSetReader.ReadFileAsync(settings.Set, ct);
        var filters = (settings.Filter ?? []).SelectMany(f => f.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var questions = set.Select(filters);
        var folds = settings.Folds;
        var modelOut = settings.ReaderOut ?? Path.Combine(settings.Out, "reader-model.json");
        var rewriter = services.GetRequiredService<QueryRewriter>();
        var answers = services.GetRequiredService<AnswerService>();
        var reader = services.GetRequiredService<SentenceReader>();
        var examples = new List<ReaderExample>(questions.Count);
        foreach (var question in questions)
        {
            var query = await rewriter.RewriteAsync(question.ToQuestion(), ct);
            var searchText = await answers.SearchTextAsync(query.SearchText, ct);
            examples.Add(ReaderExample.From(question, searchText, await answers.RetrieveAsync(searchText, ct), reader.Tokens));
        }

        // Among distractors the fit is the large-store variant of the model in use (Answering:ReaderModel, or the shipped one).
        var large = settings.Distractors is not null;
        var fittedOn = $"{Path.GetFileName(set.Path)} ({questions.Count} questions)" + (large ? $" among the {settings.Distractors} distractors" : "");
        var current = CurrentModel(services, needed: large);
        ReaderModel Shipped(ReaderModel fitted) => large ? current! with { Large = fitted } : fitted with { Large = current?.Large };
        var model = Shipped(ReaderFitting.Fit(examples, fittedOn));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelOut))!);
        await File.WriteAllTextAsync(modelOut, model.ToJson(), ct);
        console.MarkupLineInterpolated(
            $"Reader model fitted on {questions.Count} questions: {modelOut} (ship it by copying it to src/QaBot.Core/Answering/Reading/reader-model.json, or use it with Answering__ReaderModel={modelOut}).");
        console.MarkupLineInterpolated($"The report below is cross-validated over {folds} folds: every question is answered by a model fitted without it.");

        var byQuestion = ReaderFitting.CrossValidate(examples, folds, fittedOn).ToDictionary(p => p.Key, p => Shipped(p.Value), StringComparer.Ordinal);
        var serviceOf = byQuestion.Values.Distinct().ToDictionary(m => m, m => AnswerServiceWith(services, m));
        // The same question asked twice is in one fold (ReaderFitting.CrossValidate), so one model answers both.
        var answerOf = questions.DistinctBy(q => Key(q.ToQuestion())).ToDictionary(q => Key(q.ToQuestion()), q => serviceOf[byQuestion[q.Id]], StringComparer.Ordinal);
        var note = $"cross-validated reader: every question answered by a model fitted on the other {folds - 1} of {folds} folds; the model fitted on all is in {modelOut}";
        return new EvalCommand.Target((question, token) => answerOf[Key(question)].AskAsync(question, token), [.. target.Notes, note], services);
    }

    /// <summary>
    /// The reader model in use, whose large-store variant a plain fit keeps and a fit among distractors replaces; null when
    /// it was fitted on other features (a plain fit then starts afresh — refit the large variant after it).
    /// </summary>
    private static ReaderModel? CurrentModel(IServiceProvider services, bool needed)
    {
        try
        {
            return services.GetRequiredService<SentenceReader>().Model;
        }
        catch (QaBotException) when (!needed)
        {
            return null;
        }
        catch (QaBotException ex)
        {
            throw new QaBotException($"{ex.Message} A fit among distractors adds the large-store variant to the model in use: fit that first (`qabot eval --fit-reader`, then ship it or point Answering:ReaderModel at it).", ex);
        }
    }

    private static AnswerService AnswerServiceWith(IServiceProvider services, ReaderModel model)
    {
        var answerer = ActivatorUtilities.CreateInstance<ExtractiveAnswerer>(services, new SentenceReader(model, services.GetRequiredService<SentenceReader>().Tokens));
        return ActivatorUtilities.CreateInstance<AnswerService>(services, answerer);
    }

    private static string Key(Question question) =>
        question.Text + "\u0001" + string.Join("\u0002", question.Turns.Select(t => t.Role + ":" + t.Content));
}
