// The part of libmime (mailparser's header reader) the limits check uses; the package ships no types.
declare module 'libmime' {
  const libmime: { parseHeaderValue(value: string): { value: string; params: Record<string, string> } };
  export default libmime;
}
