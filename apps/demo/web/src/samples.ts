/** One document the page can show. */
export interface SampleDocument {
  name: string;
  text: string;
}

// The fictional sample series, bundled into the page as text so it works offline.
const files = import.meta.glob<string>('../../samples/*.txt', { query: '?raw', import: 'default', eager: true });

/** The bundled samples, oldest meeting first (their file names start with the date). */
export const sampleSeries: SampleDocument[] = Object.entries(files)
  .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }))
  .sort((a, b) => a.name.localeCompare(b.name));
