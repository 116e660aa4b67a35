import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../lib/text/sentences.ts';
import { collapseWhitespace } from '../../lib/text/whitespace.ts';

// CROSSCHECK_SHARED points elsewhere (e.g. to check that the scripts cope without it).
export const SHARED = process.env.CROSSCHECK_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');

interface Mention {
  doc: string;
  quote: string;
}
interface Fact {
  id: string;
  importance: number;
  mentions: Mention[];
}
export interface SeedFacts {
  docs: Record<string, string>;
  facts: Fact[];
  stories: Record<string, string[]>;
}

/** A sentence of a seed, located in its text, with the facts it mentions. */
export interface GoldSentence {
  text: string;
  facts: Set<string>;
}

export function loadSeedFacts(): SeedFacts | null {
  const path = join(SHARED, 'eval', 'seed-facts.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SeedFacts) : null;
}

/** Every sentence of the seed (lines split as the engine splits them), with the facts whose quotes it holds. */
export function goldSentences(facts: SeedFacts, doc: string, text: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = collapseWhitespace(rawLine);
    if (!line) continue;
    const spans = splitSentences(line);
    const found = spans.map((span) => ({
      text: span.text,
      facts: new Set<string>(),
      start: span.start,
      end: span.end,
    }));
    for (const fact of facts.facts) {
      for (const mention of fact.mentions) {
        if (mention.doc !== doc) continue;
        const quote = collapseWhitespace(mention.quote);
        let at = line.indexOf(quote);
        while (at >= 0) {
          for (const sentence of found)
            if (at < sentence.end && at + quote.length > sentence.start) sentence.facts.add(fact.id);
          at = line.indexOf(quote, at + 1);
        }
      }
    }
    sentences.push(
      ...found.map(({ text: sentenceText, facts: ids }) => ({ text: sentenceText, facts: ids })),
    );
  }
  return sentences;
}

/** Facts with a mention in `doc`. */
export function factsIn(facts: SeedFacts, doc: string): Set<string> {
  return new Set(
    facts.facts.filter((fact) => fact.mentions.some((m) => m.doc === doc)).map((fact) => fact.id),
  );
}

export function storyOf(facts: SeedFacts, doc: string): string[] {
  return Object.values(facts.stories).find((docs) => docs.includes(doc)) ?? [doc];
}
