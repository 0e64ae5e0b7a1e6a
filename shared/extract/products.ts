// Hardware or software, from the nouns customers use for what they bought. A physical thing
// (a drive, a kettle, headphones, "the device", "the appliance") is hardware; a program, a
// licence or a code (Office, antivirus, a game download) is software; "the item", "the unit",
// "the product" say neither. When a message names both ("the antivirus I installed on my
// laptop"), what it is about is the software: hardware is named only as where it runs.
// A noun that is denied ("I have no printer", "came without a charger") names nothing bought.
// A noun typed with one letter left out ("speakr", "headphnes") still counts.

import { polarityAt } from './negation';

const SOFTWARE = String.raw`(?:software|program(?:me)?s?|(?:licen[cs]e|product|activation|serial|cd|steam|game|download|digital|redemption) (?:key|code)s?|(?<!driv(?:ing|er'?s?) )licen[cs]es?|subscriptions?|games?(?! (?:console|controller|pad)s?)|video ?games?|operating system|anti[- ]?virus|antivirus|(?:microsoft|ms) (?:office|365|word|excel|project|visio)|office (?:20\d\d|365|home|professional|pro|suite|licen[cs]e|key)|windows (?:\d+|xp|vista|pro|home|licen[cs]e|key)|norton|mcafee|kaspersky|bitdefender|avast|eset|malwarebytes|adobe|photoshop|game ?pass|e-?books?)`;

// Products, plural or singular.
const HARDWARE_NOUNS = [
  'hardware',
  'drive',
  'burner',
  'writer',
  'laptop',
  'notebook',
  'printer',
  'monitor',
  'screen',
  'keyboard',
  'mouse',
  'phone',
  'smartphone',
  'cellphone',
  'iphone',
  'ipad',
  'macbook',
  'imac',
  'tablet',
  'camera',
  'webcam',
  'router',
  'modem',
  'mesh system',
  'extender',
  'headphones',
  'headset',
  'earphones',
  'earbuds',
  'airpods',
  'speaker',
  'soundbar',
  'subwoofer',
  'amplifier',
  'tv',
  'television',
  'radio',
  'projector',
  'console',
  'xbox',
  'playstation',
  'nintendo switch',
  'hard disk',
  'hard drive',
  'ssd',
  'hdd',
  'graphics card',
  'gpu',
  'motherboard',
  'ram',
  'memory',
  'power supply',
  'psu',
  'charger',
  'power bank',
  'cable',
  'device',
  'gadget',
  'appliance',
  'computer',
  'pc',
  'desktop',
  'workstation',
  'server',
  'scanner',
  'kettle',
  'toaster',
  'blender',
  'mixer',
  'food processor',
  'juicer',
  'microwave',
  'oven',
  'fridge',
  'freezer',
  'dishwasher',
  'washing machine',
  'tumble dryer',
  'dryer',
  'hair dryer',
  'hairdryer',
  'straightener',
  'shaver',
  'razor',
  'trimmer',
  'electric toothbrush',
  'iron',
  'vacuum',
  'vacuum cleaner',
  'hoover',
  'fan',
  'heater',
  'air conditioner',
  'dehumidifier',
  'humidifier',
  'air purifier',
  'airfryer',
  'air fryer',
  'coffee machine',
  'espresso machine',
  'coffee maker',
  'capsule machine',
  'sewing machine',
  'bread maker',
  'grinder',
  'slow cooker',
  'pressure cooker',
  'rice cooker',
  'wine cooler',
  'cooler',
  'electric blanket',
  'lamp',
  'smartwatch',
  'smart watch',
  'fitness tracker',
  'e-reader',
  'kindle',
  'drone',
  'alarm clock',
  'clock',
  'remote control',
  'usb stick',
  'flash drive',
  'memory stick',
  'sd card',
  'memory card',
  'ups',
  'inverter',
  'generator',
  'solar panel',
  'calculator',
  'sound system',
  'hi-fi',
  'turntable',
  'record player',
  'dvd player',
  'blu-ray player',
  'cd player',
  'decoder',
  'set-top box',
  'walkie-talkie',
  'dashcam',
  'gps',
];
// Brands that make only physical things, after "my", "the", "a"…: "the JBL", "my Plextor".
const HARDWARE_BRANDS =
  "plextor|jbl|bose|logitech|nespresso|kenwood|defy|russell hobbs|philips|xiaomi|huawei|dyson|delonghi|de'longhi|smeg|braun|bosch|garmin|fitbit|gopro|tp-link|netgear|canon|epson|lenovo|acer|asus|dell|hisense|lg|sonos|sennheiser|beats|nokia|oppo|motorola|hoover|samsung galaxy|sony bravia";
const DETERMINER = String.raw`(?:my|the|a|an|this|that|our|his|her|your|their)`;

const plural = (n: string) => (n === 'cable' ? n : /(?:s|sh|ch|x)$/.test(n) ? `${n}(?:es)?` : /y$/.test(n) ? `${n.slice(0, -1)}(?:y|ies)` : `${n}s?`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?');

const HARDWARE = new RegExp(
  String.raw`\b(?:(?:${HARDWARE_NOUNS.map((n) => plural(escape(n))).join('|')})|${DETERMINER} (?:\w+ )?(?:${HARDWARE_BRANDS})|px-\w{3,})\b`,
  'gi',
);
const SOFTWARE_RE = new RegExp(String.raw`\b${SOFTWARE}\b`, 'gi');

// "I have no printer", "came without a charger": a denied noun.
const DENIED = /\b(?:no|without|zero|not an?|never had an?)\s+(?:\w+\s+)?$/i;

// One letter left out of a longer noun; words that are English in their own right are not typos.
const REAL_WORDS = new Set(['hater', 'heter', 'taster', 'tracer', 'saver', 'bender', 'hover', 'deice', 'trimer', 'wrier', 'caner', 'saner']);
let typos: Map<string, string> | undefined;
function typoTable(): Map<string, string> {
  if (!typos) {
    typos = new Map();
    const words = new Set(HARDWARE_NOUNS.filter((n) => /^[a-z]{6,}$/.test(n)));
    for (const n of words) {
      for (const w of [n, `${n}s`]) {
        for (let i = 1; i < w.length - 1; i++) {
          const t = w.slice(0, i) + w.slice(i + 1);
          if (!words.has(t) && !REAL_WORDS.has(t)) typos.set(t, n);
        }
      }
    }
  }
  return typos;
}

// Where the product runs or plugs in, not what was bought: "installed it on my PC", "doesn't work with my laptop".
const WHERE_USED =
  /\b(?:install\w*|runs?|running|ran|plug\w*|connect\w*|works?|working|worked|fits?|compatible|use[ds]?|using)\b[^.?!]{0,30}?\b(?:on|onto|into|in|to|with)\s+(?:my|our|his|her|the|a|an)\s+(?:\w+\s+)?$/i;

// Denied ("I have no printer") or only wondered about ("whether you sell robot vacuums").
function said(text: string, m: RegExpMatchArray): boolean {
  const index = m.index ?? 0;
  return !DENIED.test(text.slice(Math.max(0, index - 30), index)) && polarityAt(text, index, index + m[0].length, false) !== 'unsure';
}

/** Said, and named as what was bought (not as where it runs). */
function bought(text: string, m: RegExpMatchArray): boolean {
  const index = m.index ?? 0;
  return said(text, m) && !WHERE_USED.test(text.slice(Math.max(0, index - 60), index));
}

/**
 * Software said as bought: "runs all my games", "I don't game as much" name what a gaming PC is for,
 * not what was bought.
 */
function softwareBought(text: string, m: RegExpMatchArray): boolean {
  if (!said(text, m)) return false;
  const index = m.index ?? 0;
  // "It's not software, it's a gaming PC."
  // "It says software there?": the summary quoted back, not what was bought.
  if (/\b(?:not|isn'?t|wasn'?t|no|says?|said|shows?|listed as|marked as)\s+(?:a |an |the |just |even )?$/i.test(text.slice(Math.max(0, index - 20), index)))
    return false;
  if (!/^(?:games?|programs?)$/i.test(m[0])) return true;
  const before = text.slice(Math.max(0, index - 25), index);
  const after = text.slice(index + m[0].length, index + m[0].length + 15);
  return (
    !/\b(?:runs?|running|ran|play(?:s|ing|ed)?|handles?|throw|for|do(?:n'?t| not)?(?: really)?|much)\b[^.?!]{0,15}$/i.test(before) &&
    !/^\s+(?:as much|a lot|much|often|on it)\b/i.test(after)
  );
}

export function findCategory(text: string): 'hardware' | 'software' | undefined {
  for (const m of text.matchAll(SOFTWARE_RE)) if (softwareBought(text, m)) return 'software';
  for (const m of text.matchAll(HARDWARE)) if (bought(text, m)) return 'hardware';
  const table = typoTable();
  for (const m of text.matchAll(/\b[a-z]{5,}\b/gi)) if (table.has(m[0].toLowerCase()) && said(text, m)) return 'hardware';
  return undefined;
}

/**
 * What the message names as bought, as written (lower case): "coffee machine", "a samsung",
 * "software". Read to tell which merchant a product can be from (a manufacturer makes few things).
 */
export function namedProducts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SOFTWARE_RE)) if (softwareBought(text, m)) out.push('software');
  for (const m of text.matchAll(HARDWARE)) if (bought(text, m)) out.push(m[0].toLowerCase());
  return out;
}

// Nouns too general to say what the item is.
const GENERAL = /^(?:hardware|device|gadget|appliance|item|unit|product|cable)s?$/i;
// Words that describe a product before its noun: "Dell 24 inch", "wireless", "2TB external".
const DESCRIBES =
  /^(?:[A-Z][\w'+-]*|\w*\d[\w.+-]*|inch(?:es)?|-inch|"|''|in|gaming|wireless|bluetooth|external|internal|portable|smart|curved|mechanical|noise[- ]cancel\w*|4k|hd|uhd|oled|led|lcd|usb[- ]?c?|mini|pro|max|ultra|plus)$/;

/**
 * The product as the customer names it, brand and size included: "It's the Dell 24 inch monitor" →
 * "Dell 24 inch monitor"; "the speaker is broken" → "speaker". Undefined when nothing bought is named.
 */
export function productNamed(text: string): string | undefined {
  for (const m of text.matchAll(HARDWARE)) {
    if (!bought(text, m) || GENERAL.test(m[0]) || /^(?:my|the|a|an|this|that|our|his|her|your|their)\s/i.test(m[0])) continue;
    const words = text
      .slice(Math.max(0, (m.index ?? 0) - 50), m.index)
      .split(/\s+/)
      .filter(Boolean);
    const kept: string[] = [];
    for (const w of words.reverse()) {
      if (
        kept.length === 4 ||
        !DESCRIBES.test(w) ||
        // "Damaged kettle": how it came is no part of its name.
        /^(?:Damaged|Broken|Faulty|Defective|Cracked|Dead|Wrong|Missing|Returning|Return|I|It'?s|Its|The|My|A|An|This|That|Our|Your|Hi|Hello|Dear|Mein|Meine|Meinen|Der|Die|Das|Den|Dem|Ein|Eine|Einen|Ihr|Ihren|Le|La|Les|Mon|Ma|Mes|Un|Une|Votre|Hallo|Bonjour)$/.test(
          w,
        )
      )
        break;
      kept.unshift(w);
    }
    return [...kept, m[0]].join(' ');
  }
  return undefined;
}
