// The desk's Meter on CloudWatch: each count written at once as one Embedded Metric Format line
// (Powertools Metrics' single metric), which CloudWatch turns into a metric in the RmaDesk namespace
// with exactly that count's dimensions. No agent and no API call: the function's log carries it.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Meter, MetricName } from '../../cases/metered-store';

export const METRICS_NAMESPACE = 'RmaDesk';

export class EmfMeter implements Meter {
  private readonly metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'rma-desk' });

  count(name: MetricName, dimensions: Record<string, string>, value = 1): void {
    const single = this.metrics.singleMetric();
    single.addDimensions(dimensions);
    single.addMetric(name, MetricUnit.Count, value);
  }
}
