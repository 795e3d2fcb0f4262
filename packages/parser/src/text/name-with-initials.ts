// "Doug (DL) - Chairman", "Mike (MR)": a given name with the person's initials, an entry of a list of people.
const NAME_WITH_INITIALS = /^(\p{Lu})\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s\((\p{Lu})\p{Lu}{1,2}\)(?:$|\s)/u;

/** Whether the line opens with a person's given name and their initials in brackets, the first letters alike. */
export function namesPersonWithInitials(text: string): boolean {
  const m = NAME_WITH_INITIALS.exec(text);
  return m !== null && m[1] === m[2];
}
