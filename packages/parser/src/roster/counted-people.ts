// "8 representatives with lived experience", "Plus 53 residents who attended the meeting": people counted, not named, among a
// list's entries or just below its last ("plus", "and", "also" add them to those named).
export const COUNTED_PEOPLE = /^(?:(?:plus|and|also)\s)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s(?:representatives|members|people|residents|officers|observers|guests|attendees|others)\b/i;
