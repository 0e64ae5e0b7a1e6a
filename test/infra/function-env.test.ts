// The functions' environment in one module (shared/config/function-env.ts): the names the stack sets are
// the names functions/env.ts reads, a function gets only declared variables, and the module stays
// free of aws-cdk-lib so that the Lambda code can import it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { deskFunction, SENDER_COUNTING, type DeskContext } from '../../infra/lib/constructs/desk-context';
import { envValues, FUNCTION_ENV, LAMBDA_ENV, PHOTOS_ENV } from '../../shared/config/function-env';
import { buildApp, logicalId, type Json } from './template';

const ROOT = join(__dirname, '..', '..');
const names = (schema: { shape: object }) => Object.keys(schema.shape);

describe('function-env.ts, the functions’ environment', () => {
  it('is what functions/env.ts reads by: its schemas, and no variable read directly that it does not declare', () => {
    // Prepare
    const source = readFileSync(join(ROOT, 'functions', 'env.ts'), 'utf8');
    // Act
    const direct = [...new Set([...source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1] as string))];
    const ownSchemas = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+):\s*z\./gm)].map((m) => m[1]);
    const declared = new Set(Object.values(FUNCTION_ENV).flatMap(names));
    // Assess
    expect(source).toMatch(/from '\.\.\/shared\/config\/function-env'/);
    expect(ownSchemas).toEqual([]);
    expect(direct.filter((name) => !declared.has(name))).toEqual([]);
    expect(direct.length).toBeGreaterThan(3);
  });

  it('sets on each function only declared variables, never one Lambda reserves', () => {
    // Prepare
    const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Properties: { Environment: { Variables: Json } } }>;
    const declared = Object.values(FUNCTION_ENV).flatMap(names);
    // Act
    const set = Object.fromEntries(
      Object.entries(stack.functions).map(([name, fn]) => [name, Object.keys(resources[logicalId(stack, fn)]?.Properties.Environment.Variables ?? {})]),
    );
    // Assess
    for (const [name, variables] of Object.entries(set)) {
      expect({ name, undeclared: variables.filter((v) => !declared.includes(v)) }).toEqual({ name, undeclared: [] });
      expect({ name, reserved: variables.filter((v) => names(LAMBDA_ENV).includes(v)) }).toEqual({ name, reserved: [] });
    }
  });

  it('refuses a name its group does not declare, even one smuggled past the type', () => {
    // Prepare
    const smuggled = { PHOTOS_BUCKET: 'photos', PHOTO_BUCKET: 'typo' } as unknown as Parameters<typeof envValues<typeof PHOTOS_ENV>>[1];
    // Act
    const build = () => envValues(PHOTOS_ENV, smuggled);
    // Assess
    expect(envValues(PHOTOS_ENV, { PHOTOS_BUCKET: 'photos' })).toEqual({ PHOTOS_BUCKET: 'photos' });
    expect(build).toThrow(/environment variable PHOTO_BUCKET: not one this group declares \(PHOTOS_BUCKET\)/);
  });

  it('gives the edge secret to exactly the functions that count senders', () => {
    // Prepare: just enough of a desk for deskFunction to reach its check.
    const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    const desk = {
      settings: { mailFrom: 'a@b.test', corsOrigins: [], timeZone: 'UTC', mailLimits: { perRecipientPerDay: 1, perSenderPerDay: 1 } },
      data: { table: stack.table },
      mail: stack.mail,
      publicBaseUrl: 'https://b.test',
    } as unknown as DeskContext;
    // Act
    const withoutSecret = () => deskFunction(stack, desk, 'createCase', 'Unsafe', { entry: 'api/create-case.lambda.ts', description: 'x' });
    const withSecret = () =>
      deskFunction(stack, desk, 'assess', 'Leaky', { entry: 'api/assess.lambda.ts', description: 'x', environment: { EDGE_SECRET: 'x'.repeat(48) } });
    // Assess
    expect(SENDER_COUNTING).toContain('createCase');
    expect(withoutSecret).toThrow(/createCase: counts senders \(SENDER_COUNTING\) but is not given the edge secret/);
    expect(withSecret).toThrow(/assess: is given the edge secret/);
  });

  it('imports zod only, so that the Lambda code can import it', () => {
    // Prepare
    const importsOf = (...path: string[]) =>
      [...readFileSync(join(ROOT, 'shared', ...path), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    // Act
    const imports = importsOf('config', 'function-env.ts');
    const zodImports = importsOf('validation', 'zod.ts');
    // Assess
    expect(imports).toEqual(['../validation/zod']);
    expect(zodImports).toEqual(['zod/mini', 'zod/v4/locales']);
  });
});
