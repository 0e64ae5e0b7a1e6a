// The zod every schema is built with: zod/mini, zod's functional build. Its schemas carry no methods
// and it tree-shakes to what is used, so a function loads a fraction of what the full build costs at
// cold start (docs/architecture.md, "Cold start"). Unlike the full build, zod/mini sets no locale on
// import: without this, every issue would read "Invalid input". English, as the full build has it.
import { config } from 'zod/mini';
import { en } from 'zod/v4/locales';

config(en());

export * from 'zod/mini';
/** What both builds throw: a schema's parse error (zod/mini's is this class, the full build's a subclass). */
export { $ZodError } from 'zod/v4/core';
