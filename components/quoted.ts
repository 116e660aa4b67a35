/** A sentence shown as a quotation: in curly quotes, unless it opens with a quotation of its own
 * (“Security guarantees …,” he said) — doubled marks (““) read as a glitch. */
export function quoted(text: string): string {
  return /^["“‘'«„]/.test(text) ? text : `“${text}”`;
}
