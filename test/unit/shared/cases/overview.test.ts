// The staff overview: returns per week by reason and track, time to resolution, reversals on inspection.
import { act, newCase, PLC_DEFECTIVE, staffApp } from '../../../support/staff';
import { PLC_UNWANTED } from '../../../support/fakes';

describe('the overview', () => {
  it('counts this week’s returns by reason and track, the days to resolution, and a decision reversed after inspection', async () => {
    const desk = staffApp();
    const defect = await newCase(desk.app, PLC_DEFECTIVE);
    await newCase(desk.app, PLC_UNWANTED);
    await newCase(desk.app, { ...PLC_UNWANTED, contact: { email: 'bo@example.com', name: 'Bo' } });
    // A repair resolved five days later.
    desk.clock.instant = '2026-03-25T09:30:00.000Z';
    await act(desk.app, defect.rma, { action: 'received' }, { action: 'inspecting' }, { action: 'resolved', resolution: 'repaired' });
    // An unwanted return found modified on inspection: reassessed, now declined.
    const modified = await newCase(desk.app, { ...PLC_UNWANTED, contact: { email: 'cy@example.com', name: 'Cy' } });
    await act(desk.app, modified.rma, { action: 'received' }, { action: 'reassess', facts: { item: { modified: true } } });
    const o = await desk.app.overview();
    const thisWeek = o.weeks.at(-1);
    const lastWeek = o.weeks.at(-2);
    expect(o.weeks).toHaveLength(12);
    expect(lastWeek).toEqual({ week: '2026-03-16', total: 3, byReason: { defective: 1, unwanted: 2 }, byTrack: { standard_warranty: 1, unwanted_return: 2 } });
    expect(thisWeek?.total).toBe(1);
    expect(o.resolution).toEqual({ count: 1, medianDays: 5, p90Days: 5 });
    expect(o.reversed).toEqual({ count: 1, of: 1 });
    expect(o.read).toBe(4);
  });
});
