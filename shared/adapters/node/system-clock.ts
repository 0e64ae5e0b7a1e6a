// The real clock. `today()` is the calendar day in the desk's time zone. `daysAhead` moves it
// forward (the local desk's "run the 21-day check as if it were N days later"); 0 everywhere else.
import type { Clock } from '../../cases/ports';

export class SystemClock implements Clock {
  /** The zone's day formatter, made by the first `today()`: its ICU time-zone data is a cold start's largest single cost. */
  private day: Intl.DateTimeFormat | undefined;

  private readonly offsetMs: number;

  constructor(
    private readonly timeZone = 'UTC',
    daysAhead = 0,
  ) {
    this.offsetMs = daysAhead * 86_400_000;
  }

  now(): string {
    return new Date(Date.now() + this.offsetMs).toISOString();
  }

  today(): string {
    const at = new Date(Date.now() + this.offsetMs);
    // UTC's day is the ISO timestamp's, without Intl (the default zone).
    if (this.timeZone === 'UTC') return at.toISOString().slice(0, 10);
    // en-CA formats as YYYY-MM-DD.
    this.day ??= new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return this.day.format(at);
  }
}
