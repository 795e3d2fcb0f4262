/** One file of the report site: its path under the output folder, and its text. */
export interface SiteFile {
  path: string;
  content: string;
  /** What the index page calls it; files without one are not listed there. */
  label?: string;
  /** The slug of the meeting the file belongs to; the index lists it in that meeting's row. */
  meeting?: string;
}

/** Canonical JSON text, as every file under `api/` holds it. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
