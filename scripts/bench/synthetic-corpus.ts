import type { CorpusDocument } from '../../lib/corpus/corpus.ts';
import { splitSentences } from '../../lib/text/sentences.ts';

/**
 * A large corpus for timing: articles of 25 sentences drawn from the given articles, with names replaced by
 * invented ones so that the vocabulary grows with the corpus as a real one would. Deterministic.
 */
export function syntheticCorpus(count: number, sources: CorpusDocument[]): CorpusDocument[] {
  const pool = sources.flatMap((doc) =>
    doc.text
      .split('\n')
      .slice(1)
      .flatMap((line) => splitSentences(line).map((span) => span.text))
      .filter((sentence) => sentence.length > 60),
  );
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const docs: CorpusDocument[] = [];
  for (let index = 0; index < count; index++) {
    const lines: string[] = [];
    for (let paragraph = 0; paragraph < 8; paragraph++) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const sentence = pool[Math.floor(random() * pool.length)] ?? '';
        sentences.push(
          sentence.replace(/\b[A-Z][a-z]{3,}\b/g, (name) =>
            random() < 0.5 ? `${name}${Math.floor(random() * 500)}` : name,
          ),
        );
      }
      lines.push(sentences.join(' '));
    }
    docs.push({
      id: `synthetic-${index}`,
      title: `Synthetic article ${index}`,
      site: null,
      date: null,
      url: null,
      text: [`Synthetic article ${index}`, ...lines].join('\n'),
    });
  }
  return docs;
}
