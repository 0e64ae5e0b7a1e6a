// The language a page is shown in (the pages function only: the other functions read `?lang=` alone).
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import Negotiator from 'negotiator';
import { languageOfTag } from '../../shared/extract/language';
import { header } from './request';

/** The languages the pages speak, English first: the default when a browser prefers none of them. */
const PAGE_LANGUAGES = ['en', 'de', 'fr'];

/**
 * The language a page is shown in: `?lang=de` (a link or the language switch), else the browser's
 * Accept-Language, weighed by negotiator; undefined: English.
 */
export function pageLanguage(event: APIGatewayProxyEventV2): 'de' | 'fr' | undefined {
  const asked = event.queryStringParameters?.lang;
  if (asked !== undefined) return languageOfTag(asked);
  const accept = header(event, 'accept-language');
  if (!accept) return undefined;
  return languageOfTag(new Negotiator({ headers: { 'accept-language': accept } }).language(PAGE_LANGUAGES));
}
