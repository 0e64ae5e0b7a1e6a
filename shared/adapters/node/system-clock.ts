// The real clock. `today()` is the calendar day in the desk's time zone. `daysAhead` moves it
// forward (the local desk's "run the 21-day check as if it were N days later"); 0 everywhere else.
import type { Clock } from '../../cases/ports';

export class SystemClock implements Clock {
  private readonly day: Intl.DateTimeFormat;

  private readonly offsetMs: number;

  constructor(timeZone = 'UTC', daysAhead = 0) {
    this.offsetMs = daysAhead * 86_400_000;
    // en-CA formats as YYYY-MM-DD.
    this.day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  now(): string {
    return new Date(Date.now() + this.offsetMs).toISOString();
  }

  today(): string {
    return this.day.format(new Date(Date.now() + this.offsetMs));
  }
}
