/**
 * A sentence shown as a quotation: in curly quotes, unless it opens or closes with a quotation of its own
 * (“Security guarantees …,” he said / … Rubio stated, “… security guarantees.”): doubled marks (““ or ””)
 * read as a glitch, and the sentence's own marks already show where the quotation is.
 */
export function quoted(text: string): string {
  return /^["“‘'«„]/.test(text) || /["”»]$/.test(text) ? text : `“${text}”`;
}
