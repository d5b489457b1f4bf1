using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Verification;

/// <summary>
/// Checks a model's answer against the numbered sources it was given. Per sentence: markers to sources that do not
/// exist are removed; each cited source is put to the <see cref="SupportTest"/>; a sentence its citation does not
/// support is re-pointed to the source that does, an uncited one gets the source that supports it, and one no source
/// supports is dropped. Statements that the sources are silent ("The articles do not say …") stay, uncited.
/// Citations are renumbered in order of first use; each quotes the passage sentences that back the answer best.
/// </summary>
public sealed partial class CitationChecker(IOptions<LlmOptions> options)
{
    private const int MaxQuoteChars = 700;
    private const double ClearlyBetter = 0.3;

    /// <summary>Checks <paramref name="answer"/>; source n is <c>sources[n-1]</c>.</summary>
    public CheckedAnswer Check(string answer, IReadOnlyList<RetrievedChunk> sources)
    {
        var min = options.Value.MinSupport;
        var passages = sources.Select(s => new PassageTerms(s.Chunk.Text)).ToList();
        var kept = new List<(string Gap, string Claim, List<int> Cites)>();
        int sentences = 0, supported = 0, repointed = 0, added = 0, invalid = 0, dropped = 0, unverifiable = 0, statements = 0;
        var previousEnd = 0;
        var pendingGap = "";
        foreach (var (start, end) in SentenceSplitter.SplitLines(answer))
        {
            sentences++;
            var gap = pendingGap + answer[previousEnd..start];
            previousEnd = end;
            var sentence = answer[start..end];
            var markers = CitationMarkers.Parse(sentence);
            var claim = CitationMarkers.Strip(sentence);
            var valid = markers.Where(n => n >= 1 && n <= sources.Count).ToList();
            if (kept.Any(k => string.Equals(k.Claim, claim, StringComparison.OrdinalIgnoreCase)))
            {
                continue; // overlapping chunks can hand the model one sentence twice; say it once
            }

            invalid += markers.Count - valid.Count;

            if (valid.Count == 0 && (IsConnective(claim) || Silence().IsMatch(claim)))
            {
                statements++;
                kept.Add((gap, claim, []));
                pendingGap = "";
                continue;
            }

            var tests = passages.Select(p => SupportTest.Of(claim, p)).ToList();
            List<int>? cites = null;
            if (!tests.Any(t => t.Verifiable))
            {
                // Nothing comparable (e.g. Russian text, no numbers): keep the model's own valid citation, if any.
                if (valid.Count > 0)
                {
                    unverifiable++;
                    cites = valid;
                }
            }
            else if (SupportTest.OfCitations(claim, [.. valid.Select(n => passages[n - 1])], min) is { Supporting.Count: > 0 } judged)
            {
                supported++;
                cites = [.. judged.Supporting.Select(i => valid[i])];
                // Same-topic articles share many words ("Putin", "Xi", "Russian"): a citation that only clears the bar
                // while another source backs the sentence far better was most likely a slip; point to the better one.
                // Passages that back it only together (a fact from one, a date from another) stay as cited.
                if (!judged.Jointly && Best(tests, min) is { } best && !cites.Contains(best)
                    && tests[best - 1].Overlap - cites.Max(n => tests[n - 1].Overlap) >= ClearlyBetter)
                {
                    repointed++;
                    cites = [best];
                }
            }
            else if (Best(tests, min) is { } best)
            {
                supported++;
                _ = valid.Count > 0 ? repointed++ : added++;
                cites = [best];
            }

            if (cites is null)
            {
                dropped++;
                pendingGap = gap.Contains('\n', StringComparison.Ordinal) ? gap : "";
                continue;
            }

            kept.Add((gap, claim, cites));
            pendingGap = "";
        }

        var stats = new CheckStats(sentences, supported, repointed, added, invalid, dropped, unverifiable, statements);
        return Assemble(kept, sources, passages, stats);
    }

    private static CheckedAnswer Assemble(List<(string Gap, string Claim, List<int> Cites)> kept, IReadOnlyList<RetrievedChunk> sources,
        List<PassageTerms> passages, CheckStats stats)
    {
        var renumber = new Dictionary<int, int>();
        foreach (var n in kept.SelectMany(k => k.Cites).Where(n => !renumber.ContainsKey(n)))
        {
            renumber[n] = renumber.Count + 1;
        }

        var text = new StringBuilder();
        foreach (var (gap, claim, cites) in kept)
        {
            if (text.Length > 0)
            {
                text.Append(gap.Contains('\n', StringComparison.Ordinal) ? gap : " ");
            }

            text.Append(WithMarkers(claim, cites.Select(n => renumber[n]).Order()));
        }

        var citations = renumber.Select(pair =>
        {
            var chunk = sources[pair.Key - 1].Chunk;
            var claims = kept.Where(k => k.Cites.Contains(pair.Key)).Select(k => k.Claim);
            return new Citation(pair.Value, chunk.ArticleId, chunk.Id, chunk.Title, chunk.Date, chunk.Url, Quote(chunk.Text, claims));
        }).ToList();

        var cleaned = BlankLines().Replace(text.ToString(), "\n\n").Trim();
        var refusal = citations.Count == 0 && stats.Statements > 0 && kept.Any(k => Silence().IsMatch(k.Claim));
        return new CheckedAnswer(cleaned, citations, refusal, stats);
    }

    /// <summary>The citations go before the sentence's final punctuation: "… in 2023 [1]."</summary>
    private static string WithMarkers(string claim, IEnumerable<int> cites)
    {
        var markers = CitationMarkers.Format(cites);
        if (markers.Length == 0)
        {
            return claim;
        }

        var end = claim.Length;
        while (end > 0 && ".!?。！？…\"'”’»)".Contains(claim[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return end == claim.Length ? $"{claim} {markers}" : $"{claim[..end]} {markers}{claim[end..]}";
    }

    /// <summary>The passage sentences that back the claims best: one span of the chunk text, or the single best sentence.</summary>
    internal static string Quote(string passage, IEnumerable<string> claims)
    {
        // Article text: the chunker's own splitter, so quotes align with the sentences chunks were cut at.
        var spans = SentenceSplitter.Split(passage).Select(s => (s.Start, s.End)).ToList();
        if (spans.Count == 0)
        {
            return passage;
        }

        var terms = spans.Select(s => new PassageTerms(passage[s.Start..s.End])).ToList();
        var chosen = claims
            .Select(claim => Enumerable.Range(0, spans.Count).MaxBy(i => SupportTest.Of(claim, terms[i]).Score))
            .Distinct()
            .Order()
            .ToList();
        if (chosen.Count == 0)
        {
            return passage[spans[0].Start..spans[0].End];
        }

        var (first, last) = (spans[chosen[0]], spans[chosen[^1]]);
        return last.End - first.Start <= MaxQuoteChars
            ? passage[first.Start..last.End]
            : passage[spans[chosen[0]].Start..spans[chosen[0]].End];
    }

    private static int? Best(List<Support> tests, double min)
    {
        var best = Enumerable.Range(0, tests.Count).Where(i => tests[i].IsSupported(min)).OrderByDescending(i => tests[i].Score).FirstOrDefault(-1);
        return best < 0 ? null : best + 1;
    }

    /// <summary>Text with nothing to check: no content words or a short lead-in ("In short:"), and no numbers.</summary>
    private static bool IsConnective(string claim) =>
        !NumberTokens.Of(claim).Any(n => n.Length >= 2)
        && (!WordTokens.Of(claim).Any(WordTokens.IsContentWord) || (claim.EndsWith(':') && claim.Length <= 60));

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    /// <summary>"The sources do not say …" in the languages QaBot detects.</summary>
    [GeneratedRegex(
        @"\b(articles?|sources?|passages?|texts?|documents?|they)\b.{0,40}?\b(do(es)?\s+not|don't|doesn't|did\s+not|didn't|neither|nor)\b.{0,40}?\b(mention|say|state|contain|provide|specify|cover|include|report|give|discuss|address|answer)"
        + @"|\bnot\s+(found|available|mentioned|covered|specified|stated|reported|provided)\b|\bno\s+(information|mention|data|details|figures?)\b"
        + @"|\b(could|can)\s*not\s+find|can't\s+find|unable\s+to\s+find|articles?\s+(are|is)\s+silent"
        + @"|не\s+(упомина|сообща|указ|содерж|говор|привод|описыва|наш|наход)|нет\s+(информации|данных|сведений|упоминани)|не\s+удалось"
        + @"|не\s+(згаду|повідомля|містят)|немає\s+(інформації|даних|відомостей)"
        + @"|nicht\s+(erwähnt|angegeben|enthalten|genannt|gefunden)|keine\s+(angaben|informationen|daten|hinweise)|enthalten\s+nicht|nennen\s+nicht"
        + @"|\bne\s+(mentionne|mentionnent|précise|précisent|contient|contiennent|dit|disent|donne|donnent|fournit|fournissent)|aucune\s+(information|mention|donnée)|pas\s+d'information"
        + @"|\bno\s+(menciona|mencionan|se\s+menciona|contiene|contienen|especifica|dice|dicen|indica|proporciona|hay\s+información|incluye)|ninguna\s+información"
        + @"|没有提到|未提及|没有提供|未提供|没有相关|找不到|无法找到",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Silence();
}
