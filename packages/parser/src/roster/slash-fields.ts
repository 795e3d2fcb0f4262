/**
 * "Rollin / NERSC / @rcthomas", "Ned Batchelder / `@nedbat`": a roll call's line of a name, where the person is
 * from and a handle, parted by slashes, as team meeting templates ask those there to sign themselves in.
 */

// "@nedbat", or a bare handle in small letters ("rkdarst"), once code and bold marks are gone.
const HANDLE = /^@[\w.-]+$|^[a-z][\w-]*$/;
const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

export interface SlashFields {
  name: string;
  /** Where the person is from: the fields that are neither the name nor a handle, or null. */
  organisation: string | null;
}

/** Reads "Name / Institution / @handle" (two to four fields); null unless the first field is a person. */
export function readSlashFields(line: string, isName: (text: string) => boolean): SlashFields | null {
  const fields = line.length <= 160 ? fieldsOf(line) : [];
  if (fields.length < 2 || fields.length > 4) return null;
  const [name, ...others] = fields as [string, ...string[]];
  const handles = others.filter((f) => HANDLE.test(f));
  const from = others.filter((f) => f !== '' && !HANDLE.test(f));
  if (from.length > 2) return null;
  // A given name alone ("Rollin") is a person only beside a handle; without one, a second name ("Ann Lee / Bob Roe")
  // would be two people, not a person and where they are from.
  const person = isName(name) || (handles.length > 0 && ONE_WORD.test(name));
  if (!person || (handles.length === 0 && (from.length === 0 || from.some(isName)))) return null;
  return { name, organisation: from.length ? from.join(', ') : null };
}

const isBlankAt = (s: string, at: number) => s.charAt(at) === ' ' || s.charAt(at) === '\t';

/**
 * The fields parted by a slash with white space on at least one side ("Laval /@cmd-ntrf"), code and bold
 * marks taken off; "UCSD/SDSC" and links keep their slashes. One field where no slash parts any.
 */
function fieldsOf(line: string): string[] {
  const fields: string[] = [];
  let from = 0;
  for (let at = line.indexOf('/'); at !== -1; at = line.indexOf('/', at + 1)) {
    if (!isBlankAt(line, at - 1) && !isBlankAt(line, at + 1)) continue;
    fields.push(line.slice(from, at));
    from = at + 1;
  }
  fields.push(line.slice(from));
  return fields.map((f) => f.replace(/\*\*|`/g, '').trim());
}
