// The staff desk's overview: returns per week by reason and by track, the time from request to
// resolution, and the decisions reversed after inspection — counted over the cases, newest first.
import { addDays } from '../rules';
import type { Case } from './case';
import type { CaseStore } from './ports';

/** Weeks shown, and the most cases read for them (the newest). */
export const OVERVIEW_LIMITS = { weeks: 12, cases: 5000 } as const;

export interface Overview {
  /** Monday of each week (YYYY-MM-DD), oldest first, with its returns by reason and by track. */
  weeks: { week: string; total: number; byReason: Record<string, number>; byTrack: Record<string, number> }[];
  /** Days from the request to its resolution, over the resolved cases read. */
  resolution: { count: number; medianDays?: number; p90Days?: number };
  /** Cases whose decision changed after inspection (reassessed) to a different outcome. */
  reversed: { count: number; of: number };
  /** How many cases were read (at most OVERVIEW_LIMITS.cases, the newest). */
  read: number;
}

/** The Monday of the week of a day (YYYY-MM-DD). */
function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))];
}

export function makeOverview(deps: { store: CaseStore; clock: { today(): string } }) {
  return async function overview(): Promise<Overview> {
    const firstWeek = addDays(mondayOf(deps.clock.today()), -7 * (OVERVIEW_LIMITS.weeks - 1));
    const weeks = new Map<string, Overview['weeks'][number]>();
    for (let i = 0; i < OVERVIEW_LIMITS.weeks; i++) {
      const week = addDays(firstWeek, 7 * i);
      weeks.set(week, { week, total: 0, byReason: {}, byTrack: {} });
    }
    const resolutionDays: number[] = [];
    let reversed = 0;
    let reassessed = 0;
    let read = 0;
    let cursor: string | undefined;
    do {
      const page = await deps.store.findCases({}, { limit: 100, ...(cursor ? { cursor } : {}) });
      for (const c of page.cases as Case[]) {
        read += 1;
        const w = weeks.get(mondayOf(c.createdAt.slice(0, 10)));
        if (w && c.status !== 'draft') {
          w.total += 1;
          const reason = c.facts.reason ?? 'unknown';
          w.byReason[reason] = (w.byReason[reason] ?? 0) + 1;
          const track = c.decision.track ?? c.decision.outcome;
          w.byTrack[track] = (w.byTrack[track] ?? 0) + 1;
        }
        const resolved = c.history.find((h) => h.to === 'resolved');
        if (resolved) resolutionDays.push(days(c.createdAt, resolved.at));
        const reassessments = c.history.filter((h) => h.action === 'reassess');
        if (reassessments.length > 0) {
          reassessed += 1;
          const before = c.previousDecisions?.find((d) => d.outcome !== 'review' && d.outcome !== 'need_info');
          if (before && before.outcome !== c.decision.outcome) reversed += 1;
        }
      }
      cursor = page.cursor;
    } while (cursor && read < OVERVIEW_LIMITS.cases);
    resolutionDays.sort((a, b) => a - b);
    const median = percentile(resolutionDays, 0.5);
    const p90 = percentile(resolutionDays, 0.9);
    return {
      weeks: [...weeks.values()],
      resolution: { count: resolutionDays.length, ...(median !== undefined ? { medianDays: median } : {}), ...(p90 !== undefined ? { p90Days: p90 } : {}) },
      reversed: { count: reversed, of: reassessed },
      read,
    };
  };
}
