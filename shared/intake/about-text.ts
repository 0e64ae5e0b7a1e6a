// What a customer's own words say the item is: a serial number or an order number they quote, a
// Plextor model ("PX-891SAF"), and the problem as they put it (their first message, as written).
// English, German and French labels.
import { ABOUT_LIMITS, type About } from '../cases/about';

const SERIAL =
  /(?:\bserial(?:\s*(?:number|no\.?|nr\.?|#))?|\bs\/n|\bsn\b|\bseriennummer|\bserien-?nr\.?|\bnum[ée]ro de s[ée]rie|\bn°\s*de\s*s[ée]rie)\s*(?:is\s+|ist\s+|est\s+)?[:#=]?\s*([A-Z0-9][A-Z0-9/-]{3,40})/iu;
const ORDER =
  /(?:\border(?:\s*(?:number|no\.?|nr\.?|#|ref(?:erence)?))?|\bbestell(?:nummer|-?nr\.?|ung)|\bauftrags?(?:nummer|-?nr\.?)|\bcommande(?:\s*(?:n°|num[ée]ro|no\.?))?)\s*(?:is\s+|ist\s+|est\s+)?[:#=]?\s*([A-Z0-9][A-Z0-9/-]{3,40})/iu;
const PLEXTOR_MODEL = /\b(PX-?[0-9]{3,4}[A-Z]{0,6})\b/i;

/** A code is something with a digit in it ("PLC-48213", "SN4471B"), not a word ("is", "number"). */
const code = (m: RegExpExecArray | null): string | undefined => {
  const v = m?.[1];
  return v && /\d/.test(v) ? v : undefined;
};

/** What `text` says about the item. `problem`: the text itself, when it tells the story (the first message). */
export function readAbout(text: string, options: { problem?: boolean } = {}): About {
  const serial = code(SERIAL.exec(text));
  const order = code(ORDER.exec(text));
  const model = PLEXTOR_MODEL.exec(text)?.[1]?.toUpperCase();
  const story = options.problem ? text.replace(/\s+/g, ' ').trim().slice(0, ABOUT_LIMITS.problem) : '';
  return {
    ...(model ? { product: model.startsWith('PX-') ? model : `PX-${model.slice(2)}` } : {}),
    ...(serial ? { serial: serial.slice(0, ABOUT_LIMITS.serial) } : {}),
    ...(order ? { order: order.slice(0, ABOUT_LIMITS.order) } : {}),
    ...(story ? { problem: story } : {}),
  };
}

/** What several messages say, the earlier ones first: a later message adds, never replaces. */
export function mergeAbout(...parts: (About | undefined)[]): About {
  const out: About = {};
  for (const p of parts) for (const [k, v] of Object.entries(p ?? {})) if (v && out[k as keyof About] === undefined) out[k as keyof About] = v;
  return out;
}
