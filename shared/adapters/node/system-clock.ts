// The real clock. `today()` is the calendar day in the desk's time zone.
import type { Clock } from '../../cases/ports';

export class SystemClock implements Clock {
  private readonly day: Intl.DateTimeFormat;

  constructor(timeZone = 'UTC') {
    // en-CA formats as YYYY-MM-DD.
    this.day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  now(): string {
    return new Date().toISOString();
  }

  today(): string {
    return this.day.format(new Date());
  }
}
