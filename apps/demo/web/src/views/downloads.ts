import type { Analysis } from '../analyse.js';
import { h } from '../dom.js';
import type { DownloadFormat } from '../formats.js';

function download(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One button per format; each renders the current document when pressed. */
export function renderDownloads(container: HTMLElement, formats: readonly DownloadFormat[], current: () => Analysis): void {
  container.replaceChildren(
    h('span', { class: 'label' }, 'Download'),
    ...formats.map((format) => {
      const button = h('button', { type: 'button', 'data-format': format.extension }, format.label);
      button.addEventListener('click', () => {
        const analysis = current();
        const stem = analysis.name.replace(/\.[^.]+$/, '') || 'minutes';
        download(`${stem}.${format.extension}`, format.mimeType, format.render(analysis));
      });
      return button;
    }),
  );
}
