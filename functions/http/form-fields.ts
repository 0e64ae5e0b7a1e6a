// An HTML form post (`product.condition=new&item.used=false&contact.email=…`) into the JSON shape
// the API takes. Empty fields and "unknown" answers are left out: not answered is not known.
import { BOOLEAN_FACTS, NUMBER_FACTS } from '../../shared/rules';
import { API_TEXT } from '../../web/api-text';
import { HttpError } from './errors';
import { isFieldName } from './field-names';

const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(BOOLEAN_FACTS);
const NUMBER_FIELDS: ReadonlySet<string> = new Set(NUMBER_FACTS);
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
const NESTED = /^(contact|product|item|about)\.([A-Za-z]+)$/;
const FLAT = /^[A-Za-z]+$/;

function coerce(name: string, value: string): unknown {
  if (BOOLEAN_FIELDS.has(name)) {
    if (TRUE.has(value.toLowerCase())) return true;
    if (FALSE.has(value.toLowerCase())) return false;
    return value; // left for the schema to refuse with the field's name
  }
  if (NUMBER_FIELDS.has(name) && /^\d+$/.test(value)) return Number(value);
  return value;
}

export function formToObject(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [name, rawValue] of params) {
    // Later ones would silently win, as in JSON: which one the customer meant is not ours to guess.
    if (seen.has(name)) {
      const named = isFieldName(name);
      throw new HttpError(400, 'invalid_request', named ? API_TEXT.duplicateKey(name) : API_TEXT.duplicateKeyUnnamed, named ? name : undefined);
    }
    seen.add(name);
    const value = rawValue.trim();
    if (value === '' || value === 'unknown') continue;
    const nested = NESTED.exec(name);
    if (nested) {
      const [, group, leaf] = nested as unknown as [string, string, string];
      const target = (out[group] ??= {}) as Record<string, unknown>;
      target[leaf] = coerce(name, value);
    } else if (FLAT.test(name)) {
      out[name] = coerce(name, value);
    } else {
      out[name] = value; // an unknown field: the strict schema names it
    }
  }
  return out;
}
