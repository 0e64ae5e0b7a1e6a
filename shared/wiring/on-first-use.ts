// A part of the composition root loaded by its first use, not at cold start (the SDK clients a request
// may not need): loaded once; a failed load is tried again by the next use, never remembered.
export function onFirstUse<T>(load: () => Promise<T>): { get: () => Promise<T>; loaded: () => Promise<T> | undefined } {
  let loading: Promise<T> | undefined;
  return {
    get: () =>
      (loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      })),
    /** The part, if a use has loaded it (or is loading it). */
    loaded: () => loading,
  };
}
