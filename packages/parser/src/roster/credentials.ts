// Licensing boards' rosters write each member's professional credentials between the name and the post
// ("Barbara Mitchell, RN, NHA, President"): letters earned, no part of the post or the organisation.
const CREDENTIALS = new Set(
  (
    'RN LPN LVN APRN APN NP FNP CNM CRNA BSN MSN MN DNP PhD EdD DrPH PharmD RPh MBA NHA ' +
    'DDS DMD DVM LCSW CCDS CPUR NAAC CNE FAAN FACHE CPHQ RRT OTR MSW NP-BC FNP-BC ANP-BC CCRN'
  ).split(' '),
);

/** "RN, NHA, President" -> "President"; "LPN, NAAC" -> "": the credentials that open a description, taken off. */
export function withoutCredentials(description: string): string {
  let rest = description.trimStart();
  for (let comma = rest.indexOf(','); ; comma = rest.indexOf(',')) {
    const part = (comma === -1 ? rest : rest.slice(0, comma)).trim();
    if (!CREDENTIALS.has(part)) return rest;
    if (comma === -1) return '';
    rest = rest.slice(comma + 1).trimStart();
  }
}
