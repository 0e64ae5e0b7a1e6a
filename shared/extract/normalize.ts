// What people type, made regular before anything is read: curly apostrophes, contractions typed
// without the apostrophe ("doesnt", "wont"), common misspellings ("recieved", "reciept"),
// chat shorthand ("u", "pls"), ordinal words in dates ("the fifth of March") and "3 weeks back".
// Only whole words are replaced, never inside an email address, a number or a model code.

// Contractions without their apostrophe. "wont" and "cant" are words too, but nobody writes them
// to a returns desk in that sense.
const CONTRACTIONS: Record<string, string> = {
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  wont: "won't",
  cant: "can't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  aint: "ain't",
  im: "I'm",
  ive: "I've",
  youve: "you've",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
};

// Misspellings that are common in English (the usual lists of commonly misspelled words), plus
// chat shorthand. Each maps a word that is not English to the word meant.
const SPELLING: Record<string, string> = {
  recieve: 'receive',
  recieved: 'received',
  recieving: 'receiving',
  reciept: 'receipt',
  reciepts: 'receipts',
  receit: 'receipt',
  reciet: 'receipt',
  bougth: 'bought',
  bougt: 'bought',
  boght: 'bought',
  brougth: 'brought',
  orderd: 'ordered',
  oderd: 'ordered',
  oredered: 'ordered',
  opend: 'opened',
  oppened: 'opened',
  allready: 'already',
  alredy: 'already',
  allredy: 'already',
  yestarday: 'yesterday',
  yesturday: 'yesterday',
  yesterdy: 'yesterday',
  yday: 'yesterday',
  wierd: 'weird',
  instal: 'install',
  instaled: 'installed',
  installd: 'installed',
  hve: 'have',
  hav: 'have',
  ment: 'meant',
  reconise: 'recognise',
  recognice: 'recognise',
  recongise: 'recognise',
  reconize: 'recognize',
  untill: 'until',
  definately: 'definitely',
  defiantly: 'definitely',
  becuase: 'because',
  beacuse: 'because',
  becasue: 'because',
  bcos: 'because',
  coz: 'because',
  cuz: 'because',
  wen: 'when',
  tho: 'though',
  thru: 'through',
  wiht: 'with',
  whith: 'with',
  teh: 'the',
  adress: 'address',
  evrything: 'everything',
  everyting: 'everything',
  stil: 'still',
  brokn: 'broken',
  borken: 'broken',
  damged: 'damaged',
  dammaged: 'damaged',
  damadged: 'damaged',
  delivred: 'delivered',
  deliverd: 'delivered',
  arived: 'arrived',
  arrivd: 'arrived',
  workin: 'working',
  wokring: 'working',
  wroking: 'working',
  warrenty: 'warranty',
  waranty: 'warranty',
  garantee: 'guarantee',
  guarentee: 'guarantee',
  invoce: 'invoice',
  alot: 'a lot',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  tues: 'Tuesday',
  thurs: 'Thursday',
  weds: 'Wednesday',
};

// "the fifth of March": chrono reads digits, not ordinal words.
const ORDINALS: Record<string, string> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
  seventh: '7th',
  eighth: '8th',
  ninth: '9th',
  tenth: '10th',
  eleventh: '11th',
  twelfth: '12th',
  thirteenth: '13th',
  fourteenth: '14th',
  fifteenth: '15th',
  sixteenth: '16th',
  seventeenth: '17th',
  eighteenth: '18th',
  nineteenth: '19th',
  twentieth: '20th',
  'twenty-first': '21st',
  'twenty-second': '22nd',
  'twenty-third': '23rd',
  'twenty-fourth': '24th',
  'twenty-fifth': '25th',
  'twenty-sixth': '26th',
  'twenty-seventh': '27th',
  'twenty-eighth': '28th',
  'twenty-ninth': '29th',
  thirtieth: '30th',
  'thirty-first': '31st',
};

const WORDS = { ...CONTRACTIONS, ...SPELLING };
// A word on its own: not part of an email address, a code ("PX-716A") or a number.
const WORD = /(?<![\w@.'-])[A-Za-z]+(?![\w@'-]|\.\w)/g;
const ORDINAL_OF = /\b(?:the )?((?:twenty|thirty)-\w+|\w+) of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this month|last month|the month))/gi;
// "3 weeks back" is "3 weeks ago".
const BACK = /\b((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of) (?:days?|weeks?|months?|years?)) back\b/gi;

// A mail client's signature says nothing about the return: "Sent from my iPhone".
const SIGNATURE = /^[ \t]*sent from my [\w -]+$/gim;

export function normalize(typed: string): string {
  // Phones type curly apostrophes: "haven’t" must read as "haven't".
  let text = typed.replace(/[\u2018\u2019\u02bc]/g, "'").replace(SIGNATURE, '');
  text = text.replace(WORD, (w) => {
    const lower = w.toLowerCase();
    const fixed = WORDS[lower];
    if (fixed === undefined) return w;
    return w[0] !== lower[0] && !fixed.startsWith("I'") ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
  });
  text = text.replace(ORDINAL_OF, (m, word: string) => {
    const n = ORDINALS[word.toLowerCase()];
    return n ? m.replace(word, n) : m;
  });
  return text.replace(BACK, '$1 ago');
}
