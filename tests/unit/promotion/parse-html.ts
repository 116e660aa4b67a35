/** Parses fixture HTML with the test environment's DOM (happy-dom). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
