// The case core's public face.
export * from './case';
export * from './errors';
export * from './ports';
export * from './request.schema';
export * from './rma';
export * from './status';
export * from './use-cases';
