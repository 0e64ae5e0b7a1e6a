// A field is named back in an error only when it looks like one of ours (`contact.email`,
// `items[0].name`): an unknown key is the client's own text, and an error that repeats it would let
// another page put its words in our mouth.
const SEGMENT = '[A-Za-z][A-Za-z0-9_]{0,63}(?:\\[\\d{1,4}\\])?';
const FIELD_PATH = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT}){0,3}$`);

export function isFieldName(name: string): boolean {
  return FIELD_PATH.test(name);
}
