import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameTermsOf } from '../../lib/text/entities.ts';
import type { Token } from '../../lib/text/tokens.ts';
import { SHARED } from './seed-gold.ts';
import { sentenceTerms } from '../../lib/text/sentence-terms.ts';
import type { TermStats } from '../../lib/analysis/pair-features.ts';
import { TermMapper, type SentenceView } from '../../lib/analysis/sentence-view.ts';

export const MRPC_DIR = join(SHARED, 'outside', 'mrpc');

export interface MrpcPair {
  label: 0 | 1;
  a: SentenceView;
  b: SentenceView;
}

/** MRPC train and test pairs as sentence views, with term statistics taken over all its sentences. */
export function loadMrpc(): { train: MrpcPair[]; test: MrpcPair[]; stats: TermStats } | null {
  if (!existsSync(MRPC_DIR)) return null;
  const read = (name: string) =>
    readFileSync(join(MRPC_DIR, name), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => line.split('\t'))
      .filter((cells) => cells[0] === '0' || cells[0] === '1');
  const rows = { train: read('msr_paraphrase_train.txt'), test: read('msr_paraphrase_test.txt') };
  const vocabulary = { terms: [] as string[], termIds: new Map<string, number>() };
  const mapper = new TermMapper(vocabulary);
  const df = new Map<number, number>();
  const tokens: Token[][] = [];
  let sentences = 0;
  const toPairs = (list: string[][]) =>
    list.map((cells) => {
      const [label, , , first = '', second = ''] = cells;
      const views = [first, second].map((text) => {
        const info = sentenceTerms(text);
        tokens.push(info.tokens);
        const view = mapper.view(text, info);
        sentences++;
        for (const term of view.termSet) df.set(term, (df.get(term) ?? 0) + 1);
        return view;
      });
      return { label: label === '1' ? 1 : 0, a: views[0]!, b: views[1]! } as MrpcPair;
    });
  const train = toPairs(rows.train);
  const test = toPairs(rows.test);
  const names = new Set([...nameTermsOf(tokens)].map((term) => mapper.idOf(term)));
  const stats: TermStats = {
    weight: (term) => sentenceIdf(sentences, df.get(term) ?? 0),
    isName: (term) => names.has(term),
  };
  return { train, test, stats };
}

function sentenceIdf(count: number, df: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}
