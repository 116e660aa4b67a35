import table from '../../data/related-terms.json';

/** A term close in meaning to another ("guarante" → "assur"), with the cosine similarity of their vectors. */
export interface RelatedTerm {
  term: string;
  similarity: number;
}

/**
 * The serialised table (data/related-terms.json, built by scripts/build-related-terms.ts): the terms joined by
 * spaces, and the links in base64. For each term in order: a varint count of links to later terms, then for
 * each link the varint gap from the previous linked index (starting at the term's own) and one byte of
 * similarity (value / 255). Each link is stored once and read both ways.
 */
export interface RelatedTermsJson {
  about: string;
  terms: string;
  links: string;
}

interface Table {
  index: Map<string, number>;
  terms: string[];
  related: RelatedTerm[][];
}

let loaded: Table | undefined;

/** Terms related to a term (a stem from lib/text/terms.ts), most similar first; empty when none is known. */
export function relatedTerms(term: string): readonly RelatedTerm[] {
  loaded ??= decodeRelatedTerms(table as RelatedTermsJson);
  const index = loaded.index.get(term);
  return index === undefined ? [] : (loaded.related[index] ?? []);
}

export function decodeRelatedTerms(json: RelatedTermsJson): Table {
  const terms = json.terms ? json.terms.split(' ') : [];
  const index = new Map(terms.map((term, at) => [term, at]));
  const related: RelatedTerm[][] = terms.map(() => []);
  const binary = atob(json.links);
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
      const similarity = binary.charCodeAt(at++) / 255;
      related[a]?.push({ term: terms[b] ?? '', similarity });
      related[b]?.push({ term: terms[a] ?? '', similarity });
    }
  }
  for (const list of related) list.sort((x, y) => y.similarity - x.similarity);
  return { index, terms, related };
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
