// `npm test` runs this first: if Java or Chromium is missing, one line says what and how to get it,
// and the exit code is 1 (instead of jest failing, or hanging, half-way through the suites).
import { describeMissing, missingPrerequisites } from './prerequisites';

const missing = missingPrerequisites();
if (missing.length > 0) {
  console.error(describeMissing(missing));
  process.exit(1);
}
