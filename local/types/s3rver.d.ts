// The part of s3rver's API the local desk uses (the package ships no types).
declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs: (string | Buffer)[] }[];
  }
  class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    /** The server run() started. */
    httpServer: import('node:http').Server;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export = S3rver;
}
