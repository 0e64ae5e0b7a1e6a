// The part of html-to-text the parser uses (the package ships no types).
declare module 'html-to-text' {
  export interface SelectorDefinition {
    selector: string;
    format?: string;
    options?: { leadingLineBreaks?: number; trailingLineBreaks?: number; ignoreHref?: boolean; uppercase?: boolean };
  }
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    selectors?: SelectorDefinition[];
    limits?: { maxInputLength?: number; maxDepth?: number; maxChildNodes?: number };
  }
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
