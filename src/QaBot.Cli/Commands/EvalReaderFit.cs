using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Evaluation;
using QaBot.Core.Retrieval;
using Spectre.Console;
using AskFunction = System.Func<QaBot.Core.Answering.Question, System.Threading.CancellationToken, System.Threading.Tasks.Task<QaBot.Core.Answering.Answer>>;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot eval --fit-reader [--folds N] [--reader-out FILE]</c>: fits the reader on the set's questions and writes the
/// model; the eval that follows is cross-validated — each question is answered by a model fitted on the other folds,
/// so the report shows out-of-fold numbers, never the training fit.
/// </summary>
internal static class EvalReaderFit
{
    public static async Task<AskFunction> PrepareAsync(
        IServiceProvider services, EvalSet set, IReadOnlyList<EvalQuestion> questions, int folds, string modelOut, IAnsiConsole console, CancellationToken ct)
    {
        var rewriter = services.GetRequiredService<QueryRewriter>();
        var retriever = services.GetRequiredService<HybridRetriever>();
        var examples = new List<ReaderExample>(questions.Count);
        foreach (var question in questions)
        {
            var query = await rewriter.RewriteAsync(question.ToQuestion(), ct);
            examples.Add(ReaderExample.From(question, query.SearchText, await retriever.RetrieveAsync(query.SearchText, ct)));
        }

        var fittedOn = $"{Path.GetFileName(set.Path)} ({questions.Count} questions)";
        var model = ReaderFitting.Fit(examples, fittedOn);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelOut))!);
        await File.WriteAllTextAsync(modelOut, model.ToJson(), ct);
        console.MarkupLineInterpolated(
            $"Reader model fitted on {questions.Count} questions: {modelOut} (ship it by copying it to src/QaBot.Core/Answering/Reading/reader-model.json, or use it with Answering__ReaderModel={modelOut}).");
        console.MarkupLineInterpolated($"The report below is cross-validated over {folds} folds: every question is answered by a model fitted without it.");

        var byQuestion = ReaderFitting.CrossValidate(examples, folds, fittedOn);
        var serviceOf = byQuestion.Values.Distinct().ToDictionary(m => m, m => AnswerServiceWith(services, m));
        var answerOf = questions.ToDictionary(q => Key(q.ToQuestion()), q => serviceOf[byQuestion[q.Id]], StringComparer.Ordinal);
        return (question, token) => answerOf[Key(question)].AskAsync(question, token);
    }

    private static AnswerService AnswerServiceWith(IServiceProvider services, ReaderModel model)
    {
        var answerer = ActivatorUtilities.CreateInstance<ExtractiveAnswerer>(services, new SentenceReader(model));
        return ActivatorUtilities.CreateInstance<AnswerService>(services, answerer);
    }

    private static string Key(Question question) =>
        question.Text + "\u0001" + string.Join("\u0002", question.Turns.Select(t => t.Role + ":" + t.Content));
}
