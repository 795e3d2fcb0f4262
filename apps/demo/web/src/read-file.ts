/** A dropped or chosen file's text, or why it cannot be read as minutes. */
export async function readDroppedFile(file: File): Promise<{ text: string } | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return { error: `${file.name} looks like a binary file, not minutes text.` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${file.name} is not UTF-8 text. Save it as UTF-8 and try again.` };
  }
}
