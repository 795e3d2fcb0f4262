/** One file of the report site: its path under the output folder, and its text. */
export interface SiteFile {
  path: string;
  content: string;
  /** What the index page calls it; files without one are not listed there. */
  label?: string;
}

/** Canonical JSON text, as every file under `api/` holds it. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
