// The new part of an email body: what the sender wrote this time, without the quoted history
// ("On … wrote:", "> …", "-----Original Message-----", "From: … Sent: …") and without the signature;
// German and French mail programs' own ("-----Ursprüngliche Nachricht-----", "Von: … Gesendet: …",
// "-------- Message d'origine --------", "De : … Envoyé : …": blind run BM, the quoted desk email was read as asked again).
const CUTS: readonly RegExp[] = [
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Original-Nachricht|Message d['’]origine|Message original)\s*-{2,}/imu,
  /^_{5,}\s*$/m,
  /^On .{1,200}(?:\r?\n.{1,200})?wrote:\s*$/m,
  /^Am .{1,200} schrieb .{1,200}:\s*$/m,
  /^Le .{1,200} a écrit\s*:\s*$/m,
  /^From:\s.+\r?\n(?:.+\r?\n){0,3}?(?:Sent|Date):\s.+$/im,
  /^Von:\s.+\r?\n(?:.+\r?\n){0,3}?(?:Gesendet|Datum):\s.+$/imu,
  /^De\s?:\s.+\r?\n(?:.+\r?\n){0,3}?(?:Envoyé|Date)\s?:\s.+$/imu,
  /^-- ?$/m, // signature separator
  /^Sent from my (?:iPhone|iPad|Android|phone|Galaxy).*$/im,
];

export function newText(body: string): string {
  let end = body.length;
  for (const cut of CUTS) {
    const m = cut.exec(body);
    if (m && m.index < end) end = m.index;
  }
  return body
    .slice(0, end)
    .split(/\r?\n/)
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .trim();
}
