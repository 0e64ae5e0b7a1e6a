// Each count is one line in CloudWatch's Embedded Metric Format, with its own dimensions.
import { EmfMeter, METRICS_NAMESPACE } from '../../../../../shared/adapters/powertools/emf-meter';

describe('EmfMeter', () => {
  it('writes one EMF line per count, in the RmaDesk namespace, with the count’s dimensions', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    try {
      const meter = new EmfMeter();
      meter.count('CasesCreated', { policy: 'plextor-eu', channel: 'chat', track: 'doa' });
      meter.count('Emails', { state: 'sent' });
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
    const emf = lines
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.includes('_aws'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(emf).toHaveLength(2);
    expect(emf[0]).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Metrics: [{ Name: 'CasesCreated', Unit: 'Count' }] }] },
      CasesCreated: 1,
      policy: 'plextor-eu',
      channel: 'chat',
      track: 'doa',
    });
    expect(emf[1]).toMatchObject({ Emails: 1, state: 'sent' });
    expect(emf[1]).not.toHaveProperty('policy');
  });
});
