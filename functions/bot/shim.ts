// The Agents SDK's CloudAdapter speaks node-style req/res; Lambda speaks API Gateway events. The bridge, both ways.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Request } from '@microsoft/agents-hosting';
import type { HttpResult } from '../http/responses';

export function botRequest(event: APIGatewayProxyEventV2, body: unknown): Request {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = v;
  return { body: body as Record<string, unknown>, headers, method: event.requestContext.http.method };
}

/** Collects what CloudAdapter writes, to return it as the Lambda's result. */
export class ShimResponse {
  headersSent = false;
  writableEnded = false;
  private statusCode = 200;
  private readonly headers: Record<string, string> = {};
  private body = '';

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = String(value);
    return this;
  }

  send(body?: unknown): this {
    if (body !== undefined) {
      this.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (typeof body !== 'string') this.headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }

  result(): HttpResult {
    return { statusCode: this.statusCode, headers: this.headers, body: this.body };
  }
}
