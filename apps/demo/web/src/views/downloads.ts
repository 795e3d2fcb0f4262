import type { MeetingFormat } from '../../../src/formats/meeting-formats.js';
import type { Analysis } from '../analyse.js';
import { h } from '../dom.js';
import { renderDownload } from '../formats.js';

function download(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * One button per format; each renders the current document when pressed. A format
 * with nothing to give (a calendar for minutes that name no next meeting) says so
 * in the status line instead.
 */
export function renderDownloads(container: HTMLElement, status: HTMLElement, formats: readonly MeetingFormat[], current: () => Analysis): void {
  container.replaceChildren(
    h('span', { class: 'label' }, 'Download'),
    ...formats.map((format) => {
      const button = h('button', { type: 'button', 'data-format': format.id }, format.label);
      button.addEventListener('click', () => {
        const analysis = current();
        const content = renderDownload(format, analysis);
        const stem = analysis.name.replace(/\.[^.]+$/, '') || 'minutes';
        status.textContent = content === null ? `No ${format.label} for these minutes: they name no dated next meeting.` : '';
        if (content !== null) download(`${stem}${format.suffix}`, format.mimeType, content);
      });
      return button;
    }),
  );
}
