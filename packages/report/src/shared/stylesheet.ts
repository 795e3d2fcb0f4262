/**
 * Screen and print rules shared by every HTML report. Plain system fonts and no
 * images, so nothing is fetched; colours meet WCAG AA contrast on white.
 */
export const BASE_STYLESHEET = `
:root { color-scheme: light; }
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1, h2, h3 { line-height: 1.25; }
a { color: #0b4f9c; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #b0b0b0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.number { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: 0.4em; }
.speaker { font-weight: 600; }
.initials { color: #4a4a4a; font-weight: normal; }
.areas { font-size: 0.9em; color: #3d3d3d; }
.source-link { font-size: 0.8em; margin-left: 0.5em; }
.sub-paragraphs { margin-left: 1.5rem; }
ul.owners { margin: 0; padding-left: 1rem; }
.source { font: 0.85rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.source :target { background: #fff3b0; }
.source .line-number { color: #555; user-select: none; display: inline-block; min-width: 3.5em; }
footer { margin-top: 2rem; border-top: 1px solid #b0b0b0; font-size: 0.9em; color: #3d3d3d; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
  a { color: inherit; text-decoration: none; }
  .source-link, .no-print { display: none; }
  table, tr, li, dl { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  #source { break-before: page; }
}
`;
