/**
 * Site furniture that scrapers leave in article text: navigation, audio players, share widgets, source lists,
 * byline metadata, related-article teasers. None of it is a claim, and none of it may serve as evidence.
 */

// A heading after which the rest of the page is other articles' teasers.
const TAIL_MARKERS =
  /^(latest (posts|articles|news|stories)|related (posts|articles|stories|news|content)|more (stories|news|from)|read (more|next)|recommended( for you)?|you (may|might) also like|trending( now)?|most (read|popular)|related products?( recommendations?)?|sponsored (content|links))\b/i;

const FURNITURE_LINES: RegExp[] = [
  /audio player|listen to (this|the) (article|story)|^getting your .* ready/i,
  /^(share|share this( article| story)?|news sources?|sources?|credited from|published|updated|tags?|filed under|advertisement|sponsored|image|photo|credit)\s*:/i,
  /\b(share|comment|nav|post)-(icon|picture)/i,
  /^(home|news|world)(\s*[›>»|/]\s*|(?=[A-Z]))/, // breadcrumbs: "Home › World", "HomeWorld…"
  /\brefer to the original (articles?|reports?|stor(y|ies))\b|^for (more|continued|further) (updates|coverage|information)\b/i,
  /^(sign up|subscribe|follow us|click here|download (our|the) app)\b/i,
  /^[-|–—\s]*$/, // separators and empty table rows
  /^article (subheadings|contents)|^table of contents$/i,
];

/** A line of article text that is site furniture, not content. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (FURNITURE_LINES.some((pattern) => pattern.test(text))) return true;
  if (/(\.\.\.|…)$/.test(text)) return true; // a truncated teaser
  if (looksLikeNameList(text)) return true;
  return false;
}

/** A heading that opens the related-links tail of a page: everything after it is someone else's article. */
export function isTailMarker(line: string): boolean {
  return TAIL_MARKERS.test(line.trim()) && line.trim().split(/\s+/).length <= 5;
}

/** Five or more words, no function word, no sentence punctuation: a list of brands or names. */
function looksLikeNameList(text: string): boolean {
  // Punctuation first: it rules out almost every paragraph without splitting it into words.
  if (/[.!?,;:]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 5) return false;
  return !words.some((word) => /^(the|a|an|of|and|in|to|for|on|with|is|are|was|by)$/i.test(word));
}

/**
 * Table rows ("1 | Trump announced talks. |") reduced to their text; rows that are only labels or numbers
 * (a table of contents, a header row) become empty.
 */
export function tableRowText(line: string): string {
  if (!line.includes('|')) return line;
  const cells = line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell && !/^[-:\s]+$/.test(cell) && !/^(\d+[.)]?|no\.?)$/i.test(cell));
  const sentences = cells.filter((cell) => /[.!?]["”’]?$/.test(cell) && cell.split(/\s+/).length >= 5);
  return sentences.join(' ');
}
