import type { SeriesReport } from '@lsmp/report';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { LoadedMinutes } from '../io/load-minutes.js';
import type { SiteFile } from './site-file.js';

/** The same policy as the reports: the index loads nothing and runs nothing. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLES = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d2430}
a{color:#0b5cad}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d8dde5}
.note{color:#5b6472}`;

function link(href: string, text: string): ElementContent {
  return h('a', { href }, text);
}

/**
 * The site's front page: the meetings with their pages and downloads, the series
 * reports, the API and the browser page. Only links: every report it points to is
 * rendered by @lsmp/report. Text is escaped by hast-util-to-html.
 */
export function indexPage(
  loaded: readonly LoadedMinutes[],
  report: SeriesReport,
  files: readonly SiteFile[],
  options: { withPage: boolean; note?: string | undefined },
): SiteFile {
  const rows = report.meetings.map((meeting) => {
    const doc = loaded[meeting.inputIndex]!;
    const own = files.filter((f) => f.meeting === doc.slug);
    const page = own.find((f) => f.path.endsWith('.html'));
    const title = doc.minutes.title ?? doc.name;
    const links = own.filter((f) => f !== page).flatMap((f, i) => [i > 0 ? ' · ' : '', link(f.path, f.label ?? f.path)]);
    return h('tr', [h('td', meeting.label), h('td', page ? link(page.path, title) : title), h('td', links)]);
  });
  const listed = files.filter((f) => f.label && !f.meeting);
  const tree = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', report.title),
      h('style', STYLES),
    ]),
    h('body', [
      h('header', [
        h('h1', report.title),
        h('p', { class: 'note' }, `${report.meetings.length} meetings, made with lsmp.`),
        options.note ? h('p', { class: 'note' }, options.note) : null,
      ]),
      h('main', [
        h('section', [
          h('h2', 'Meetings'),
          h('table', [h('thead', [h('tr', [h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Minutes'), h('th', { scope: 'col' }, 'Files')])]), h('tbody', rows)]),
        ]),
        h('section', [h('h2', 'Series reports, downloads and data'), h('ul', listed.map((f) => h('li', [link(f.path, f.label!)])))]),
        options.withPage
          ? h('section', [h('h2', 'Try your own minutes'), h('p', [link('page/index.html', 'Open the browser page'), ': paste or drop minutes; they are read in the browser and sent nowhere.'])])
          : h('section', [h('h2', 'Try your own minutes'), h('p', { class: 'note' }, 'Build the browser page (pnpm --filter @lsmp/demo build:page) and run lsmp report again to add it here.')]),
      ]),
    ]),
  ]);
  return { path: 'index.html', content: `<!doctype html>\n${toHtml(tree)}\n` };
}
