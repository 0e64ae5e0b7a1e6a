// The staff desk: a static page (the same bytes for everyone, so it can be served as a static file)
// whose script (web/client/staff.ts) signs in and talks to the staff API.
import { FLAGS, RESOLUTION_OF, RESOLUTIONS } from '../../shared/cases';
import { html } from '../../shared/notify/html';
import { QUESTIONS } from '../../shared/intake/questions';
import { BOOLEAN_FACTS, FACT_LABELS, FACT_PATHS, NUMBER_FACTS, OUTCOME_LABELS, POLICIES, REMEDY_LABELS, TRACK_LABELS, trackLabel } from '../../shared/rules';
import { WEB_TEXT } from '../text';
import { page } from './layout';

const T = WEB_TEXT.staff;

/** How staff sign in: the local desk's token, or Cognito's hosted sign-in (authorization code + PKCE). */
export type StaffSignIn = { mode: 'token' } | { mode: 'cognito'; domain: string; clientId: string };

/** `apiBase`: where the staff API is when the page is not served by the desk itself (static hosting). */
export function staffPage(signIn: StaffSignIn, apiBase = ''): string {
  const data = {
    apiBase: apiBase.replace(/\/$/, ''),
    signIn,
    text: T.client,
    actions: T.actions,
    statuses: WEB_TEXT.statuses,
    outcomes: OUTCOME_LABELS,
    resolutions: Object.fromEntries(RESOLUTIONS.map((r) => [r, WEB_TEXT.resolutions[r] ?? r])),
    flags: FLAGS,
    views: T.views,
    reasons: Object.fromEntries((QUESTIONS.reason.options ?? []).map((o) => [String(o.value), o.label])),
    policies: Object.fromEntries([...POLICIES.values()].map((p) => [p.id, p.merchant.name])),
    tracks: Object.fromEntries(Object.keys(TRACK_LABELS).map((t) => [t, trackLabel(t)])),
    remedies: REMEDY_LABELS,
    resolutionOf: RESOLUTION_OF,
    factLabels: Object.fromEntries(FACT_PATHS.filter((p) => p !== 'asOf').map((p) => [p, FACT_LABELS[p]])),
    booleanFacts: BOOLEAN_FACTS,
    numberFacts: NUMBER_FACTS,
  };
  return page(
    T.title,
    html`<h1>${T.title}</h1>
<noscript><p>${T.noScript}</p></noscript>
<div id="staff" class="staff" data-config="${JSON.stringify(data)}"></div>`,
    { script: '/assets/staff.js' },
  );
}
