namespace QaBot.Core.Evaluation;

/// <summary>The inline stylesheet of the HTML report (kept apart so the writer reads as structure).</summary>
internal static class ReportHtmlStyle
{
    public const string Css = """
        :root{--ok:#1a7f37;--bad:#cf222e;--fair:#bf8700;--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#f6f8fa}
        *{box-sizing:border-box}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0 auto;max-width:1280px;padding:24px}
        h1{margin:0 0 4px;font-size:26px}h2{margin:32px 0 12px;font-size:19px;border-bottom:1px solid var(--line);padding-bottom:6px}
        h3{font-size:15px;margin:0 0 6px}h4{margin:0 0 8px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        .head{display:flex;gap:20px;align-items:center}.muted{color:var(--muted)}.small{font-size:12.5px}
        .ok{color:var(--ok)}.bad{color:var(--bad)}.note{background:#fff8c5;border:1px solid #d4a72c55;padding:6px 10px;border-radius:6px;margin:6px 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin-top:18px}
        .card{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:8px;padding:10px 12px;background:#fff}
        .card.good{border-left-color:var(--ok)}.card.fair{border-left-color:var(--fair)}.card.poor{border-left-color:var(--bad)}
        .card-label{font-size:12px;color:var(--muted)}.card-value{font-size:22px;font-weight:600}.delta{font-size:12px}
        svg.chart{max-width:100%;height:auto;font-size:12px}svg .label{fill:var(--ink)}svg .value{fill:var(--ink);font-weight:600}
        svg .axis{fill:var(--muted);font-size:11px}svg .grid{stroke:#eaeef2}svg .track{fill:#eaeef2}
        svg .good{fill:#2da44e}svg .fair{fill:#d4a72c}svg .poor{fill:#e5534b}svg .hist{fill:#54aeff}
        svg .baseline{stroke:var(--ink);stroke-width:2}svg .marker{stroke:var(--ink);stroke-dasharray:4 3}
        svg.ring circle{fill:none;stroke-width:12}.track-ring{stroke:#eaeef2}.good-ring{stroke:#2da44e}.fair-ring{stroke:#d4a72c}.poor-ring{stroke:#e5534b}
        .ring-big{font-size:22px;font-weight:700;fill:var(--ink)}.ring-small{font-size:12px;fill:var(--muted)}
        .grid-cats{display:grid;grid-template-columns:repeat(auto-fill,minmax(470px,1fr));gap:14px}
        .cat{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
        .metrics-wrap{display:flex;gap:24px;align-items:flex-start;flex-wrap:wrap}.metrics-wrap svg{flex:1 1 600px}
        dl.legend{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0;flex:0 1 340px}dl.legend dt{font-weight:600}dl.legend dd{margin:0;color:var(--muted)}
        .lat-wrap{display:flex;gap:24px;align-items:flex-start;flex-wrap:wrap}
        table.lat{border-collapse:collapse}table.lat th,table.lat td{padding:4px 12px;border-bottom:1px solid var(--line);text-align:right}
        .toggle{display:inline-block;margin-bottom:10px}body:has(#only-failed:checked) details.q.pass{display:none}
        details.q{border:1px solid var(--line);border-radius:8px;margin:6px 0;background:#fff}
        details.q.fail{border-left:4px solid var(--bad)}details.q.pass{border-left:4px solid var(--ok)}
        details.q>summary{cursor:pointer;padding:8px 12px;list-style:none}details.q[open]>summary{border-bottom:1px solid var(--line);background:var(--bg)}
        .mark{font-weight:700;margin-right:6px}.qtext{margin-left:4px}
        .chip{display:inline-block;font-size:11.5px;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:0 2px;background:var(--bg)}
        .chip.ok{border-color:#2da44e88;color:var(--ok)}.chip.bad{border-color:#cf222e88;color:var(--bad)}
        ul.reasons{margin:4px 0 0 26px;padding:0;color:var(--bad);font-size:12.5px}
        .panes{display:grid;grid-template-columns:1.1fr 1fr 1.2fr;gap:14px;padding:12px}
        @media (max-width:900px){.panes{grid-template-columns:1fr}}
        .pane{min-width:0}.answer{white-space:pre-wrap;background:var(--bg);padding:8px 10px;border-radius:6px}
        sup.cite{color:#0969da;font-weight:600}.turn{font-size:12.5px;color:var(--muted);margin:2px 0}
        .cit,.ret{border:1px solid var(--line);border-radius:6px;padding:6px 8px;margin-bottom:8px}.cit.invalid{border-color:var(--bad)}
        blockquote{margin:6px 0 0;padding-left:8px;border-left:3px solid var(--line);font-size:12.5px;color:#424a53}
        .src{font-family:ui-monospace,monospace;font-size:12px;background:#eaeef2;border-radius:4px;padding:0 4px}.src.ok{background:#dafbe1}
        mark{background:#fff3b0;padding:0 1px;border-radius:2px}.rank{font-weight:600}code{font-size:12.5px}footer{margin-top:30px;font-size:12px}
        """;
}
