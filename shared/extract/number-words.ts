// Counts customers write as words ("two years ago", "a twelve-month warranty"), for every reader
// here that takes one. Each reader's own pattern decides which of the words it accepts.

/** A word (lowercase; a compound with one space, "twenty four") → its number. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['eighteen', 18],
  ['twenty', 20],
  ['twenty four', 24],
  ['thirty', 30],
  ['thirty six', 36],
]);

/** A count as said: its digits, or one of the words above in any case ("Twenty-four" too); undefined for anything else. */
export function saidNumber(said: string): number | undefined {
  if (/^\d+$/.test(said)) return Number(said);
  return NUMBER_WORDS.get(said.toLowerCase().replace('-', ' '));
}
