import type { Analysis } from './analyse.js';

/** A download the page offers for the document on show. */
export interface DownloadFormat {
  label: string;
  extension: string;
  mimeType: string;
  render(analysis: Analysis): string;
}

/** Every download, each produced by an lsmp package (the page formats nothing itself). */
export const downloadFormats: DownloadFormat[] = [
  {
    label: 'JSON',
    extension: 'json',
    mimeType: 'application/json',
    render: ({ minutes }) => `${JSON.stringify(minutes, null, 2)}\n`,
  },
];

/** The meeting as one HTML document, for the rendered view; null while no renderer is available. */
export function renderedDocument(_analysis: Analysis): string | null {
  return null;
}
