import { type Analysis, analyse } from './analyse.js';
import { byId, h } from './dom.js';
import { downloadFormats, renderedDocument } from './formats.js';
import { readDroppedFile } from './read-file.js';
import { sampleSeries } from './samples.js';
import { seriesReportHtml } from './series.js';
import { renderDiagnostics } from './views/diagnostics.js';
import { renderDownloads } from './views/downloads.js';
import { renderRenderedView } from './views/rendered-view.js';
import { renderSourceView, revealLine } from './views/source-view.js';
import { renderStrategyLinks } from './views/strategy-links.js';
import { renderSummary } from './views/summary.js';
import './styles.css';

const input = byId<HTMLTextAreaElement>('input');
const rendered = byId('rendered');
const source = byId('source');
const inputError = byId('input-error');
let current: Analysis = analyse('minutes.txt', '');
let revision = 0;

function show(analysis: Analysis): void {
  current = analysis;
  renderSummary(byId('summary'), analysis.minutes);
  renderRenderedView(rendered, renderedDocument(analysis));
  renderSourceView(source, analysis.text, analysis.minutes.diagnostics);
  renderDiagnostics(byId('diagnostics'), analysis.minutes.diagnostics, showLine);
  renderStrategyLinks(byId('links'), analysis.strategy.links, showLine);
  for (const button of document.querySelectorAll<HTMLButtonElement>('#samples button')) {
    button.setAttribute('aria-current', String(button.dataset.sample === analysis.name));
  }
  // Lets tests (and curious readers) see which document is on show and that it changed.
  document.body.dataset.document = analysis.name;
  document.body.dataset.revision = String(++revision);
  document.body.dataset.textLength = String(analysis.text.length);
}

function load(name: string, text: string): void {
  input.value = text;
  inputError.hidden = true;
  show(analyse(name, text));
}

function showLine(line: number): void {
  selectView('source');
  revealLine(source, line);
}

function selectView(view: 'rendered' | 'source'): void {
  rendered.hidden = view !== 'rendered';
  source.hidden = view !== 'source';
  byId('view-rendered').setAttribute('aria-selected', String(view === 'rendered'));
  byId('view-source').setAttribute('aria-selected', String(view === 'source'));
}

function reportInputError(message: string): void {
  inputError.textContent = message;
  inputError.hidden = false;
}

async function loadFile(file: File | undefined): Promise<void> {
  if (!file) return;
  const result = await readDroppedFile(file);
  if ('error' in result) reportInputError(result.error);
  else load(file.name, result.text);
}

// Typing or pasting re-reads the text after a short pause.
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => show(analyse('pasted-minutes.txt', input.value)), 150);
});

const dropZone = byId('drop-zone');
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  void loadFile(event.dataTransfer?.files[0]);
});
byId<HTMLInputElement>('file-input').addEventListener('change', (event) => {
  void loadFile((event.target as HTMLInputElement).files?.[0]);
});

byId('view-rendered').addEventListener('click', () => selectView('rendered'));
byId('view-source').addEventListener('click', () => selectView('source'));

byId('samples').replaceChildren(
  ...sampleSeries.map((sample) => {
    const button = h('button', { type: 'button', 'data-sample': sample.name }, sample.name.replace(/\.txt$/, ''));
    button.addEventListener('click', () => load(sample.name, sample.text));
    return h('li', {}, button);
  }),
);
// The series report opens in a tab of its own, made from the bundled samples on demand.
byId('series-report').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([seriesReportHtml(sampleSeries)], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank');
});
renderDownloads(byId('downloads'), byId('download-status'), downloadFormats, () => current);

// First visit: show the first meeting of the sample series.
const first = sampleSeries[0];
if (first) load(first.name, first.text);
else show(current);
