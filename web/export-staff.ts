// `npm run staff:export -- --out DIR --api https://API --domain https://PREFIX.auth.REGION.amazoncognito.com --client-id ID`
// writes the staff desk as static files (index.html, assets/staff.js, assets/style.css) for any
// static host. The stack's outputs give the three values (ApiUrl, StaffSignInDomain, StaffClientId).
// The site's origin must be in the stack's corsOrigins, and its URL a callback of the staff client.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAFF_JS } from '../functions/web/pages';
import { STYLE_CSS } from './assets/style';
import { staffPage } from './pages/staff';

function arg(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) {
    console.error(`--${name} is needed: npm run staff:export -- --out DIR --api https://… --domain https://….amazoncognito.com --client-id …`);
    process.exit(2);
  }
  return value;
}

const out = arg('out');
const api = new URL(arg('api'));
const domain = new URL(arg('domain'));
if (api.protocol !== 'https:' || domain.protocol !== 'https:') {
  console.error('--api and --domain must be https addresses');
  process.exit(2);
}
mkdirSync(join(out, 'assets'), { recursive: true });
writeFileSync(join(out, 'index.html'), staffPage({ mode: 'cognito', domain: domain.origin, clientId: arg('client-id') }, api.href));
writeFileSync(join(out, 'assets', 'staff.js'), STAFF_JS);
writeFileSync(join(out, 'assets', 'style.css'), STYLE_CSS);
console.log(
  `The staff desk is in ${out}/ (index.html, assets/). Serve it over HTTPS with a Content-Security-Policy allowing connect-src ${api.origin} ${domain.origin}.`,
);
