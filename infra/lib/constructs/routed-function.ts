// A desk function that serves routes of the HTTP API: made like every desk function (deskFunction),
// given its table access, and put behind its routes, public for the reason given or behind an authorizer.
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import type { TableAccess } from './data';
import { deskFunction, type DeskContext, type DeskFunctionOptions, type FunctionName } from './desk-context';
import type { Route, RouteAccess } from './http-api';

export interface RoutedFunctionOptions extends DeskFunctionOptions {
  /** What it does in the table (an empty list of items: nothing). */
  table: TableAccess;
  routes: readonly Route[];
  /** Who may call them. */
  access: RouteAccess;
}

/** The function `name`, as construct `id` in `scope` (its capability), serving `routes`; other grants are the caller's. */
export function routedFunction(scope: Construct, desk: DeskContext, name: FunctionName, id: string, options: RoutedFunctionOptions): DeskFunction {
  const { table, routes, access, ...rest } = options;
  const handler = deskFunction(scope, desk, name, id, rest);
  desk.data.grant(handler, table);
  desk.api.addRoutes(handler, routes, access);
  return handler;
}
