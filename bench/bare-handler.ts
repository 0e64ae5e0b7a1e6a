// The smallest possible Lambda handler: the baseline for bundle size and cold start.
export const handler = async () => ({ statusCode: 200, body: 'ok' });
