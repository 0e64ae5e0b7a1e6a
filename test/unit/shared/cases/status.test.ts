import fc from 'fast-check';
import { allowedNext, canTransition, CASE_STATUSES, type CaseStatus } from '../../../../shared/cases';

describe('the case lifecycle', () => {
  it.each([
    ['submitted', 'approved'],
    ['submitted', 'in_review'],
    ['submitted', 'declined'],
    ['submitted', 'referred'],
    ['approved', 'awaiting_parcel'],
    ['in_review', 'approved'],
    ['awaiting_parcel', 'received'],
    ['received', 'inspecting'],
    ['inspecting', 'repairing'],
    ['inspecting', 'replacing'],
    ['repairing', 'resolved'],
    ['resolved', 'closed'],
    ['awaiting_parcel', 'cancelled'],
  ] as [CaseStatus, CaseStatus][])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ['submitted', 'received'],
    ['declined', 'approved'],
    ['received', 'cancelled'],
    ['closed', 'submitted'],
    ['cancelled', 'approved'],
    ['approved', 'approved'],
  ] as [CaseStatus, CaseStatus][])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('can cancel exactly before the parcel is received', () => {
    expect(CASE_STATUSES.filter((s) => canTransition(s, 'cancelled'))).toEqual(['draft', 'submitted', 'approved', 'in_review', 'awaiting_parcel']);
  });

  it('ends in closed or cancelled: no transitions out of them, and every walk reaches an end', () => {
    expect(allowedNext('closed')).toEqual([]);
    expect(allowedNext('cancelled')).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (choices) => {
        let s: CaseStatus = 'draft';
        for (const c of choices) {
          const next = allowedNext(s).filter((n) => n !== 'cancelled');
          if (next.length === 0) break;
          s = next[c % next.length] as CaseStatus;
        }
        return s === 'closed';
      }),
    );
  });
});
