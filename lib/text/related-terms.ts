import table from '../../data/related-terms.json';

/** A term close in meaning to another ("guarante" → "assur"), with the cosine similarity of their vectors. */
export interface RelatedTerm {
  term: string;
  similarity: number;
}

/**
 * The serialised table (data/related-terms.json, built by scripts/build/build-related-terms.ts): the terms joined by
 * spaces, and the links in base64. For each term in order: a varint count of links to later terms, then for
 * each link the varint gap from the previous linked index (starting at the term's own) and one byte of
 * similarity (value / 255). Each link is stored once and read both ways.
 */
export interface RelatedTermsJson {
  about: string;
  terms: string;
  links: string;
}

/** The decoded table: adjacency in flat arrays (no object per link), lists made when a term is asked for. */
export interface RelatedTermsTable {
  /** Terms related to a term, most similar first; empty when the term is unknown or has none. */
  relatedTo(term: string): readonly RelatedTerm[];
}

let loaded: RelatedTermsTable | undefined;

/** Terms related to a term (a stem from lib/text/terms.ts), most similar first; empty when none is known. */
export function relatedTerms(term: string): readonly RelatedTerm[] {
  loaded ??= decodeRelatedTerms(table as RelatedTermsJson);
  return loaded.relatedTo(term);
}

const NONE: readonly RelatedTerm[] = [];

// Decoding runs once per popup opening, on the way to the first result: flat typed arrays keep it to a few
// milliseconds where an object per link took tens.
export function decodeRelatedTerms(json: RelatedTermsJson): RelatedTermsTable {
  const terms = json.terms ? json.terms.split(' ') : [];
  const index = new Map<string, number>();
  terms.forEach((term, at) => index.set(term, at));
  const binary = atob(json.links);
  // Every link costs at least two bytes (gap and similarity): an upper bound for the edge arrays.
  const from = new Uint32Array(binary.length >> 1);
  const to = new Uint32Array(binary.length >> 1);
  const similarity = new Uint8Array(binary.length >> 1);
  const degree = new Uint32Array(terms.length + 1);
  let edges = 0;
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = binary.charCodeAt(at++);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  for (let a = 0; a < terms.length; a++) {
    const count = varint();
    let b = a;
    for (let link = 0; link < count; link++) {
      b += varint();
      from[edges] = a;
      to[edges] = b;
      similarity[edges] = binary.charCodeAt(at++);
      degree[a]!++;
      degree[b]!++;
      edges++;
    }
  }
  // Each link is read both ways: neighbours of term t are at start[t] .. start[t + 1].
  const start = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) start[t + 1] = start[t]! + degree[t]!;
  const fill = start.slice(0, terms.length);
  const neighbour = new Uint32Array(edges * 2);
  const neighbourSimilarity = new Uint8Array(edges * 2);
  for (let edge = 0; edge < edges; edge++) {
    const a = from[edge]!;
    const b = to[edge]!;
    neighbour[fill[a]!] = b;
    neighbourSimilarity[fill[a]!++] = similarity[edge]!;
    neighbour[fill[b]!] = a;
    neighbourSimilarity[fill[b]!++] = similarity[edge]!;
  }
  const lists = new Map<number, readonly RelatedTerm[]>();
  return {
    relatedTo(term) {
      const t = index.get(term);
      if (t === undefined) return NONE;
      let list = lists.get(t);
      if (!list) {
        const made: RelatedTerm[] = [];
        for (let k = start[t]!; k < start[t + 1]!; k++)
          made.push({ term: terms[neighbour[k]!] ?? '', similarity: neighbourSimilarity[k]! / 255 });
        list = made.sort((x, y) => y.similarity - x.similarity);
        lists.set(t, list);
      }
      return list;
    },
  };
}

/** The inverse of decodeRelatedTerms; terms without any link are left out. */
export function encodeRelatedTerms(
  terms: string[],
  links: { a: number; b: number; sim: number }[],
  about: string,
): RelatedTermsJson {
  const linked = new Set(links.flatMap((link) => [link.a, link.b]));
  const kept = terms.map((_, at) => at).filter((at) => linked.has(at));
  const renumber = new Map(kept.map((old, at) => [old, at]));
  const forward: { b: number; sim: number }[][] = kept.map(() => []);
  for (const link of links) {
    const a = renumber.get(link.a)!;
    const b = renumber.get(link.b)!;
    forward[Math.min(a, b)]!.push({ b: Math.max(a, b), sim: link.sim });
  }
  const bytes: number[] = [];
  const varint = (value: number) => {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  };
  forward.forEach((list, a) => {
    list.sort((x, y) => x.b - y.b);
    varint(list.length);
    let previous = a;
    for (const { b, sim } of list) {
      varint(b - previous);
      previous = b;
      bytes.push(Math.max(0, Math.min(255, Math.round(sim * 255))));
    }
  });
  return {
    about,
    terms: kept.map((at) => terms[at]).join(' '),
    links: btoa(bytesToBinary(bytes)),
  };
}

function bytesToBinary(bytes: number[]): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 8192) out += String.fromCharCode(...bytes.slice(at, at + 8192));
  return out;
}
