import type { Corpus, CorpusSentence, SentenceDetail } from '../corpus/corpus.ts';
import type { Claim, Evidence } from '../report.ts';
import { conflictDetail, speakerConflict } from './conflicts.ts';
import { unnamedAgeConflict } from './detail-age.ts';
import { checkAgainstTable, confirmedInStory, pairDifference } from './detail-check.ts';
import { pronounSpeakerConflict } from './detail-speaker.ts';
import { contestedInStory, otherValueIn } from './detail-unconfirmed.ts';
import { differenceWording, unconfirmedWording } from './detail-wording.ts';
import { displayName } from './display-name.ts';
import type { PairMatch } from './match-pairs.ts';
import type { TermStats } from './pair-features.ts';
import type { SentenceView } from './sentence-view.ts';
import type { StoryDetails } from './story-details.ts';
import { MAX_EVIDENCE, THRESHOLDS } from './thresholds.ts';

/**
 * The status of each page sentence: conflicting (the same claim with another figure or speaker), corroborated
 * (a reference states it), or unsupported (checkable, and no reference states it). Commentary is left out.
 */
export function judgeClaims(
  views: SentenceView[],
  matches: PairMatch[],
  corpus: Corpus,
  stats: TermStats,
  relatedDocs: Set<number>,
  termOf: (term: number) => string,
  /** The details the related articles state (lib/analysis/story-details.ts): empty when not given. */
  table: StoryDetails = new Map(),
): Claim[] {
  const byPage = new Map<number, PairMatch[]>();
  for (const match of matches) {
    if (!byPage.has(match.page)) byPage.set(match.page, []);
    byPage.get(match.page)!.push(match);
  }
  const claims: Claim[] = [];
  let storyText: string | undefined;
  views.forEach((view, page) => {
    const own = (byPage.get(page) ?? []).sort((a, b) => b.probability - a.probability);
    // Commentary ("could signal", "broader implications") states nothing to check: not a claim, unless a
    // related article says much the same (then it reports a fact in commentary's words).
    if (view.hedges >= THRESHOLDS.commentaryHedges) {
      const echoed = own.filter(
        (match) =>
          match.probability >= THRESHOLDS.commentaryCorroborate &&
          relatedDocs.has(corpus.sentences[match.sentence]!.doc),
      );
      if (echoed.length > 0)
        claims.push({
          text: view.text,
          status: 'corroborated',
          evidence: pickEvidence(echoed, corpus, relatedDocs),
        });
      return;
    }
    const confirmed = (detail: SentenceDetail) =>
      detail.role === 'place'
        ? (storyText ??= storyTextOf(corpus, relatedDocs)).includes(String(detail.value))
        : confirmedInStory(detail, table, stats.isName);
    const conflict = findConflict(view, own, corpus, stats, termOf, confirmed);
    if (conflict) {
      claims.push({
        text: view.text,
        status: 'conflicting',
        evidence: [evidenceOf(conflict.match, corpus)],
        detail: conflict.detail,
      });
      return;
    }
    // A detail of the claim that the story's references give another value, wherever they state it.
    const checked = checkAgainstTable(
      view,
      table,
      (entry) => corpus.sentences[entry.sentence]!,
      stats.isName,
      (sentence) => own.find((match) => match.sentence === sentence)?.probability ?? 0,
    );
    // An age given to someone the sentence does not name: the person a sure restatement or the sentence before names.
    checked.conflict ??= unnamedAgeConflict(
      view,
      own
        .filter(
          (match) =>
            match.withoutFigures >= THRESHOLDS.conflict &&
            relatedDocs.has(corpus.sentences[match.sentence]!.doc),
        )
        .map((match) => corpus.sentences[match.sentence]!),
      views[page - 1],
      table,
      stats.isName,
    );
    if (checked.conflict) {
      const { page: mine, entry } = checked.conflict;
      const reference = corpus.sentences[entry.sentence]!;
      const scored = own.find((match) => match.sentence === entry.sentence);
      claims.push({
        text: view.text,
        status: 'conflicting',
        evidence: [evidenceOfSentence(entry.sentence, scored ? supportScore(scored) : 0, corpus)],
        detail: differenceWording(mine, entry.detail, docLabel(reference, corpus)),
      });
      return;
    }
    // An article on the page's story is a likelier witness than one on another story: it needs less.
    // A related article may also restate one clause of a long sentence almost word for word.
    const supporting = own.filter((match) => {
      const related = relatedDocs.has(corpus.sentences[match.sentence]!.doc);
      if (related && match.clause >= THRESHOLDS.clauseCorroborate) return true;
      // The same words quoted by an article on the same story: outlets report the same statement.
      // The same words from the same speaker: a quotation the page gives to someone named is corroborated only
      // by a reference that names that speaker too, not by another person's words ("he said").
      if (related && match.sharedQuoted >= THRESHOLDS.sharedQuoteTerms) {
        const reference = corpus.sentences[match.sentence]!;
        if (sameSpeaker(view, reference, stats.isName)) return true;
      }
      // A figure in common and something said about it: the same fact.
      if (related && match.sameFigure && match.sharedContent >= THRESHOLDS.figureContentTerms) return true;
      // Evidence from another story must share what is said, not only who: "called for progress … Putin" is
      // not restated by "phone calls with Putin".
      if (!related && match.sharedContent < THRESHOLDS.otherContentTerms) return false;
      return match.probability >= (related ? THRESHOLDS.corroborate : THRESHOLDS.corroborateOther);
    });
    if (supporting.length > 0) {
      // Corroborated only when no detail of the claim disagrees with the sentences that state it. A sentence
      // giving another value is no evidence; when another reference states the page's value for the same
      // thing, outlets differ and the others still corroborate.
      const consistent: PairMatch[] = [];
      for (const match of supporting) {
        const reference = corpus.sentences[match.sentence]!;
        if (!pairDifference(view, reference, stats.isName)) {
          consistent.push(match);
          continue;
        }
        // It gives another value: no evidence. A conflict when the pair surely states the same thing.
        const strict = match.withoutFigures < THRESHOLDS.conflict;
        const difference = pairDifference(view, reference, stats.isName, { strict, confirmed });
        if (!difference) continue;
        claims.push({
          text: view.text,
          status: 'conflicting',
          evidence: [evidenceOf(match, corpus)],
          detail: differenceWording(difference.page, difference.reference, docLabel(reference, corpus)),
        });
        return;
      }
      if (consistent.length === 0) {
        if (isCheckable(view, stats)) claims.push({ text: view.text, status: 'unsupported', evidence: [] });
        return;
      }
      const unconfirmed = checked.unconfirmed;
      if (unconfirmed) {
        // A figure no reference states, where the evidence (or a sentence close to the claim about the same
        // thing) gives another: a wrong figure is never corroborated.
        // Not for speculation, on the page or in the story ("his plan would cut benefits by 22 percent").
        const close = own.filter(
          (match) =>
            view.hedges === 0 &&
            match.probability >= THRESHOLDS.unconfirmedClose &&
            relatedDocs.has(corpus.sentences[match.sentence]!.doc) &&
            corpus.sentences[match.sentence]!.hedges === 0,
        );
        // Evidence that shares another figure with the claim, or surely states it, gives the figure in the same
        // place whatever it counts ("1,420 men and women aged 50 to 74" / "1,240 volunteers aged 50 to 74").
        const sure = consistent.filter(
          (match) => match.sameFigure || match.withoutFigures >= THRESHOLDS.conflict,
        );
        for (const [matches, sameHead] of [
          [sure, false],
          [close, true],
        ] as const) {
          for (const match of matches) {
            const reference = corpus.sentences[match.sentence]!;
            for (const figure of checked.unconfirmedAll) {
              const other = otherValueIn(figure, view, reference, stats.isName, sameHead);
              if (!other) continue;
              claims.push({
                text: view.text,
                status: 'conflicting',
                evidence: [evidenceOf(match, corpus)],
                detail: differenceWording(figure, other, docLabel(reference, corpus)),
              });
              return;
            }
          }
        }
        // Any figure of the claim that the story gives another value for the same thing: a wrong figure is never
        // corroborated, even when the conflict is not sure enough to name.
        if (checked.unconfirmedAll.some((figure) => contestedInStory(figure, table, stats.isName))) {
          if (isCheckable(view, stats)) claims.push({ text: view.text, status: 'unsupported', evidence: [] });
          return;
        }
      }
      const claim: Claim = {
        text: view.text,
        status: 'corroborated',
        evidence: pickEvidence(consistent, corpus, relatedDocs),
      };
      // Stated, but one checkable detail of it is in no reference: say which.
      if (unconfirmed) claim.detail = unconfirmedWording(unconfirmed);
      claims.push(claim);
      return;
    }
    if (isCheckable(view, stats)) claims.push({ text: view.text, status: 'unsupported', evidence: [] });
  });
  return claims;
}

function findConflict(
  view: SentenceView,
  own: PairMatch[],
  corpus: Corpus,
  stats: TermStats,
  termOf: (term: number) => string,
  confirmed: (detail: SentenceDetail) => boolean,
) {
  for (const match of own) {
    if (match.withoutFigures < THRESHOLDS.detailConflict) continue;
    const reference = corpus.sentences[match.sentence]!;
    const label = docLabel(reference, corpus);
    // Below the conflict threshold the pair may state two facts: only a detail about the same thing counts.
    const strict = match.withoutFigures < THRESHOLDS.conflict;
    const detail = conflictDetail(
      view,
      reference,
      label,
      (sentence, term) => displayName(sentence.text, termOf(term)),
      stats.isName,
      { strict, confirmed },
    );
    if (detail) return { match, detail };
    // The same quotation, given by "she said" to the person the reference's sentence before names.
    const other = pronounSpeakerConflict(view, match.sentence, corpus, stats.isName);
    if (other) {
      const named = other.page.map((term) => displayName(view.text, termOf(term))).join(' ');
      return { match, detail: `quote attributed to ${named} here; to ${other.reference} in ${label}` };
    }
  }
  return null;
}

/** The reference names the page's speaker (as a speaker or anywhere), or the page names none. */
function sameSpeaker(
  page: SentenceView,
  reference: SentenceView,
  isName: (term: number) => boolean,
): boolean {
  const speakers = page.speakers.filter(isName);
  if (speakers.length === 0) return !speakerConflict(page, reference, isName, true);
  return speakers.some((term) => reference.termSet.has(term));
}

/** Worth reporting as unsupported: it states a figure or names someone, says something about it, plainly. */
function isCheckable(view: SentenceView, stats: TermStats): boolean {
  // Any speculation ("may", "could signal") makes "no reference says so" a weak verdict: not reported.
  if (view.hedges > 0) return false;
  const content = [...view.termSet].filter((term) => !stats.isName(term)).length;
  const named = [...view.termSet].some((term) => stats.isName(term));
  return content >= 3 && (view.quantities.length > 0 || named);
}

/** The best reference sentences, one per article: articles on the page's story first (the likelier witnesses of
 * the same fact), then the best restatement. */
function pickEvidence(supporting: PairMatch[], corpus: Corpus, relatedDocs: Set<number>): Evidence[] {
  const seen = new Set<number>();
  const picked: PairMatch[] = [];
  const onStory = (match: PairMatch) => (relatedDocs.has(corpus.sentences[match.sentence]!.doc) ? 1 : 0);
  const ranked = [...supporting].sort((a, b) => onStory(b) - onStory(a) || supportScore(b) - supportScore(a));
  for (const match of ranked) {
    const doc = corpus.sentences[match.sentence]!.doc;
    if (seen.has(doc)) continue;
    seen.add(doc);
    picked.push(match);
  }
  return picked.slice(0, MAX_EVIDENCE).map((match) => evidenceOf(match, corpus));
}

function evidenceOf(match: PairMatch, corpus: Corpus): Evidence {
  return evidenceOfSentence(match.sentence, supportScore(match), corpus);
}

function evidenceOfSentence(index: number, score: number, corpus: Corpus): Evidence {
  const sentence = corpus.sentences[index]!;
  const doc = corpus.docs[sentence.doc]!;
  return { docId: doc.id, source: doc.site ?? doc.title, text: sentence.text, score: round(score) };
}

/**
 * How well the reference restates the page sentence: the matcher's probability, or the restatement of one of
 * its clauses when that alone corroborates (near word for word). Weaker clause overlaps ("security guarantees"
 * in both) say little about which reference reports the same fact, so they do not rank evidence.
 */
function supportScore(match: PairMatch): number {
  return match.clause >= THRESHOLDS.clauseCorroborate
    ? Math.max(match.probability, match.clause)
    : match.probability;
}

/** The story's references as one lower-case text: a place they name anywhere ("New York City", though one
 * says "Ground Zero") is no conflict. */
function storyTextOf(corpus: Corpus, relatedDocs: Set<number>): string {
  const texts: string[] = [];
  for (const doc of relatedDocs) {
    const { first, count } = corpus.docs[doc]!;
    for (let index = first; index < first + count; index++) texts.push(corpus.sentences[index]!.text);
  }
  return texts.join('\n').toLowerCase();
}

function docLabel(sentence: CorpusSentence, corpus: Corpus): string {
  const doc = corpus.docs[sentence.doc]!;
  return doc.site ?? doc.id.split('_')[0] ?? doc.id;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
