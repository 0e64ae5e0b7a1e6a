// The real clock: the calendar day in the desk's time zone, UTC by default (without Intl).
import { SystemClock } from '../../../../../shared/adapters/node/system-clock';

afterEach(() => jest.useRealTimers());

describe('SystemClock', () => {
  it.each([
    ['UTC', '2026-11-29T23:30:00Z', '2026-11-29'],
    ['UTC', '2026-11-30T00:00:00Z', '2026-11-30'],
    ['Pacific/Auckland', '2026-11-29T23:30:00Z', '2026-11-30'],
    ['America/Los_Angeles', '2026-11-29T03:00:00Z', '2026-11-28'],
    ['Europe/Berlin', '2026-12-31T23:30:00Z', '2027-01-01'],
  ])('in %s at %s, today is %s', (zone, instant, day) => {
    // Prepare
    jest.useFakeTimers({ now: new Date(instant) });
    const clock = new SystemClock(zone);
    // Act
    const today = clock.today();
    // Assess
    expect(today).toBe(day);
    expect(clock.now()).toBe(new Date(instant).toISOString());
  });

  it('moves the day and the time forward by daysAhead (the local desk runs the 21-day check ahead)', () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-11-29T12:00:00Z') });
    const clock = new SystemClock('UTC', 21);
    // Act / Assess
    expect(clock.today()).toBe('2026-12-20');
    expect(clock.now()).toBe('2026-12-20T12:00:00.000Z');
  });

  it('refuses an unknown time zone when it is first asked the day', () => {
    // Prepare
    const clock = new SystemClock('Mars/Olympus_Mons');
    // Act / Assess
    expect(() => clock.today()).toThrow(RangeError);
  });
});
