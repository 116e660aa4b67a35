import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithCorpus } from '../../lib/analysis/compare.ts';
import { buildCorpusIndex, loadCorpus } from '../../lib/corpus/corpus.ts';
import { articleFromText } from '../../lib/extract/article-from-text.ts';
import { setScores } from './classification.ts';
import { readCorpusDocuments } from '../build/corpus-documents.ts';
import type { CorpusDocument } from '../../lib/corpus/corpus.ts';
import { docStoryVector } from '../../lib/stories/doc-vectors.ts';
import { cosine } from '../../lib/stories/vectors.ts';
import { factsIn, goldSentences, loadSeedFacts, SHARED, storyOf, type SeedFacts } from './seed-gold.ts';

export interface SeedResult {
  precision: number;
  recall: number;
  f1: number;
  missingPrecisionAt5: number;
  importance3Within10: number;
  storyErrors: string[];
  /** Of the corroborated claims that are right, the share whose first evidence sentence reports one of their facts. */
  evidencePrecision: number;
  /** Claims called conflicting: the gold has no conflicting pair, so each is a false alarm ("short: detail"). */
  conflicts: string[];
  /** Article similarity as the story grouping sees it (its vectors), for pairs of seeds on the same gold story
   * and pairs across stories: whether any threshold on it could separate the stories. */
  pairSimilarity: { same: number[]; cross: number[] };
}

/**
 * Leave-one-out on the five seeds, scored with ../shared/eval/seed-facts.json: each seed as the page, the
 * other four as the corpus (index built afresh without it).
 */
export function evalSeeds(verbose = false): SeedResult | null {
  const facts = loadSeedFacts();
  if (!facts) return null;
  // The seeds are the bundled corpus's articles (same files, with their metadata).
  const documents = readCorpusDocuments();
  const predicted = new Set<string>();
  const gold = new Set<string>();
  let missingHits = 0;
  let missingShown = 0;
  let imp3Found = 0;
  let imp3Total = 0;
  const storyErrors: string[] = [];
  let evidenceChecked = 0;
  let evidenceRight = 0;
  const conflicts: string[] = [];
  for (const [short, file] of Object.entries(facts.docs)) {
    const id = file.replace(/\.txt$/, '');
    const self = documents.find((doc) => doc.id === id)!;
    const corpus = loadCorpus(buildCorpusIndex(documents.filter((doc) => doc.id !== id)));
    const article = articleFromText(readFileSync(join(SHARED, 'seeds', file), 'utf8'));
    const result = compareWithCorpus(article, corpus);
    const sentences = goldSentences(facts, short, self.text);
    const crossDoc = crossDocFacts(facts, short);
    for (const sentence of sentences) {
      if ([...sentence.facts].some((fact) => crossDoc.has(fact))) gold.add(`${short}|${sentence.text}`);
    }
    // The README's rule: a sentence with no fact mention (opinion, filler) counts as neither corroborated
    // nor uncorroborated, so marking it is no error either way.
    const withFacts = new Set(sentences.filter((sentence) => sentence.facts.size > 0).map((s) => s.text));
    for (const claim of result.claims)
      if (claim.status === 'corroborated' && withFacts.has(claim.text))
        predicted.add(`${short}|${claim.text}`);
    for (const claim of result.claims)
      if (claim.status === 'conflicting')
        conflicts.push(`${short}: ${claim.detail ?? ''} — ${claim.text.slice(0, 80)}`);
    // The verdict can be right for the wrong reason: check the evidence shown first.
    for (const claim of result.claims) {
      const own = sentences.find((sentence) => sentence.text === claim.text);
      if (claim.status !== 'corroborated' || !own || ![...own.facts].some((f) => crossDoc.has(f))) continue;
      const first = claim.evidence[0];
      const theirs = first ? factsOfReferenceSentence(facts, documents, first.text, first.docId) : new Set();
      evidenceChecked++;
      if ([...own.facts].some((fact) => theirs.has(fact))) evidenceRight++;
      else if (verbose)
        console.log(`  WRONG EVIDENCE ${short}: ${claim.text.slice(0, 80)} ⇐ ${first?.text.slice(0, 80)}`);
    }

    const story = storyOf(facts, short).filter((doc) => doc !== short);
    const relatedShort = result.story.related.map((entry) => entry.docId.slice(0, 3));
    if (relatedShort.sort().join() !== story.sort().join())
      storyErrors.push(`${short}: related ${relatedShort.join(',')} (gold ${story.join(',')})`);

    const present = factsIn(facts, short);
    const missingGold = new Set(
      facts.facts
        .filter(
          (fact) =>
            fact.importance >= 2 && !present.has(fact.id) && fact.mentions.some((m) => story.includes(m.doc)),
        )
        .map((fact) => fact.id),
    );
    const imp3 = facts.facts
      .filter((fact) => missingGold.has(fact.id) && fact.importance === 3)
      .map((fact) => fact.id);
    const found3 = new Set<string>();
    result.missing.forEach((item, rank) => {
      const itemFacts = factsOfReferenceSentence(facts, documents, item.text, item.docIds[0] ?? '');
      const correct = [...itemFacts].some((fact) => missingGold.has(fact));
      if (rank < 5) {
        missingShown++;
        if (correct) missingHits++;
      }
      if (rank < 10) for (const fact of itemFacts) if (imp3.includes(fact)) found3.add(fact);
      if (verbose)
        console.log(
          `  missing ${short} #${rank + 1} ${correct ? 'ok ' : 'BAD'} [${item.docIds.map((d) => d.slice(0, 3))}] ${item.text.slice(0, 110)}`,
        );
    });
    imp3Found += found3.size;
    imp3Total += imp3.length;
    if (verbose) {
      for (const sentence of sentences) {
        const key = `${short}|${sentence.text}`;
        const isGold = gold.has(key);
        const isPred = predicted.has(key);
        if (isGold !== isPred)
          console.log(`  ${isPred ? 'FP' : 'FN'} ${short}: ${sentence.text.slice(0, 140)}`);
      }
    }
  }
  const scores = setScores(predicted, gold);
  return {
    precision: scores.precision,
    recall: scores.recall,
    f1: scores.f1,
    missingPrecisionAt5: missingHits / Math.max(missingShown, 1),
    importance3Within10: imp3Found / Math.max(imp3Total, 1),
    storyErrors,
    evidencePrecision: evidenceRight / Math.max(evidenceChecked, 1),
    conflicts,
    pairSimilarity: pairSimilarity(facts, documents),
  };
}

function pairSimilarity(facts: SeedFacts, documents: CorpusDocument[]): SeedResult['pairSimilarity'] {
  const corpus = loadCorpus(buildCorpusIndex(documents));
  const vectors = corpus.docs.map((_, index) => docStoryVector(corpus, index));
  const same: number[] = [];
  const cross: number[] = [];
  for (let a = 0; a < vectors.length; a++)
    for (let b = a + 1; b < vectors.length; b++) {
      const onSameStory = storyOf(facts, corpus.docs[a]!.id.slice(0, 3)).includes(
        corpus.docs[b]!.id.slice(0, 3),
      );
      (onSameStory ? same : cross).push(cosine(vectors[a]!, vectors[b]!));
    }
  return { same: same.sort((x, y) => x - y), cross: cross.sort((x, y) => x - y) };
}

/** Facts of a seed that have a mention in another seed (the sentence's fact can be corroborated). */
function crossDocFacts(facts: SeedFacts, doc: string): Set<string> {
  return new Set(
    facts.facts
      .filter((fact) => fact.mentions.some((m) => m.doc === doc) && fact.mentions.some((m) => m.doc !== doc))
      .map((fact) => fact.id),
  );
}

function factsOfReferenceSentence(
  facts: SeedFacts,
  documents: { id: string; text: string }[],
  text: string,
  docId: string,
): Set<string> {
  const doc = documents.find((entry) => entry.id === docId);
  if (!doc) return new Set();
  const short = docId.slice(0, 3);
  const sentence = goldSentences(facts, short, doc.text).find(
    (entry) => entry.text === text || entry.text.includes(text) || text.includes(entry.text),
  );
  return sentence?.facts ?? new Set();
}
