// The photo rules every channel shares.
export const PHOTO_LIMITS = {
  minBytes: 1,
  maxBytes: 10 * 1024 * 1024,
  /** Decompression bombs: more pixels than any phone camera takes are refused before decoding. */
  maxInputPixels: 50_000_000,
  maxPerCase: 10,
  /** Photo records (ready and rejected) a case keeps: rejections are recorded, but not without end. */
  maxRecordsPerCase: 30,
  webMaxSide: 1600,
  thumbMaxSide: 320,
  uploadExpirySeconds: 300,
} as const;
