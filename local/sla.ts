// `npm run sla [-- --days N]` — runs the 21-day check on the running local desk now, optionally as
// if the clock were N days on (to see the offer without waiting three weeks), and prints the counts.
const args = process.argv.slice(2);
const at = args.indexOf('--days');
const days = at >= 0 ? Number(args[at + 1]) : 0;
if (!Number.isInteger(days) || days < 0) {
  console.error('--days takes a whole number of days, e.g. npm run sla -- --days 22');
  process.exit(2);
}
const port = process.env.PORT ?? '3000';

fetch(`http://127.0.0.1:${port}/_local/sla/run?days=${days}`, { method: 'POST' })
  .then(async (res) => {
    const body = (await res.json()) as {
      daysAhead?: number;
      checked?: number;
      offered?: number;
      failed?: number;
      settled?: number;
      creditsLate?: number;
      error?: { message: string };
    };
    if (!res.ok) throw new Error(body.error?.message ?? `the desk answered ${res.status}`);
    console.log(
      `21-day check${days ? ` as of ${days} days from now` : ''} — repairs and replacements checked: ${body.checked}; offers sent: ${body.offered}; not sent: ${body.failed}.`,
    );
    if (body.settled) console.log(`Approvals whose email was never sent, flagged for staff: ${body.settled}.`);
    if (body.creditsLate) console.log(`Chosen credits or refunds past their days, flagged and the customer told: ${body.creditsLate}.`);
  })
  .catch((error: unknown) => {
    console.error(`Could not run the check on http://127.0.0.1:${port} (is npm start running? PORT sets the port): ${(error as Error).message}`);
    process.exit(1);
  });
