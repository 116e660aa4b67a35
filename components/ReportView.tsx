import { countOf } from '../lib/page/count-words.ts';
import { PROMOTION_NOTE, type Mark, type MarkCategory } from '../lib/page/marks.ts';
import type { Report } from '../lib/report.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { MissingItem } from './MissingItem.tsx';
import { ReportItem } from './ReportItem.tsx';
import { ReportSection } from './ReportSection.tsx';
import { coverageLine, genreNotice, reportedBy } from './report-words.ts';
import { Summary, type SummaryCount } from './Summary.tsx';

interface Props {
  report: Report;
  marks: Mark[];
  placed: number;
  titles: Record<string, string>;
  onReveal: (markId: string) => void;
}

/**
 * The line under an item, when it adds to its section's hint: not for "not found" (the hint says it all),
 * nor for a promotion without reasons (its generic sentence is the hint).
 */
function quietNote(mark: Mark): string | undefined {
  if (mark.category === 'unsupported') return undefined;
  if (mark.category === 'promotion' && !mark.reasons) return undefined;
  return mark.note;
}

export function ReportView({ report, marks, placed, titles, onReveal }: Props) {
  const byCategory = (category: MarkCategory) => marks.filter((mark) => mark.category === category);
  const conflicting = byCategory('conflicting');
  const promotions = byCategory('promotion');
  const corroborated = byCategory('corroborated');
  const unsupported = byCategory('unsupported');
  const titleOf = (docId: string) => titles[docId] ?? docId;
  const unchanged = report.claims.filter((claim) => claim.unchangedFromOriginal).length;
  const coverage = coverageLine(report);
  const genre = genreNotice(report.article.genre);

  const counts: SummaryCount[] = report.story.inCorpus
    ? [
        { id: 'conflicting', count: conflicting.length, label: countOf(conflicting.length, 'conflict') },
        { id: 'promotions', count: promotions.length, label: countOf(promotions.length, 'promotion') },
        {
          id: 'missing',
          count: report.missing.length,
          label: countOf(report.missing.length, 'missing fact'),
        },
        { id: 'corroborated', count: corroborated.length, label: `${corroborated.length} corroborated` },
      ]
    : [{ id: 'promotions', count: promotions.length, label: countOf(promotions.length, 'promotion') }];
  if (unsupported.length > 0)
    counts.push({
      id: 'unsupported',
      count: unsupported.length,
      label: `${unsupported.length} not found`,
      quiet: true,
    });

  const revealable = (mark: Mark) => (
    <ReportItem
      text={mark.text}
      note={quietNote(mark)}
      detail={mark.detail}
      reasons={mark.reasons}
      evidence={mark.evidence}
      onReveal={() => onReveal(mark.id)}
    />
  );

  return (
    <main>
      <ArticleHeader article={report.article} />
      {coverage && (
        <p class="coverage" data-testid="story-coverage">
          {coverage}
        </p>
      )}
      {/* Nothing at all to count: the "nothing to report" notice says so instead. */}
      {counts.some(({ count }) => count > 0) && <Summary counts={counts} />}
      {report.article.lang && !/^en\b/i.test(report.article.lang) && (
        <p class="notice" data-testid="language-notice">
          Crosscheck compares English articles; this page is in “{report.article.lang}”, so its claims may go
          unrecognised.
        </p>
      )}
      {genre && (
        <p class="notice" data-testid="genre-notice">
          {genre}
        </p>
      )}
      {!report.story.inCorpus && (
        <p class="notice">
          No reference article covers this story, so nothing can be corroborated or found missing.
        </p>
      )}
      {report.claims.length === 0 && report.missing.length === 0 && report.promotions.length === 0 && (
        <p class="notice" data-testid="nothing-found">
          Nothing to report: no checkable claim, missing fact or promotion was found in this article.
        </p>
      )}
      {report.story.identicalTo && (
        <p class="notice" data-testid="copy-notice">
          This page is a copy of the reference article “{titleOf(report.story.identicalTo)}”
          {unchanged > 0 ? `: ${countOf(unchanged, 'sentence')} as in the original` : ''}. What it changed or
          added is listed below.
        </p>
      )}
      <ReportSection
        id="conflicting"
        title="Conflicting"
        count={conflicting.length}
        hint="A number, quote, speaker or date differs from the reference articles."
      >
        {conflicting.map(revealable)}
      </ReportSection>
      <ReportSection id="promotions" title="Promotions" count={promotions.length} hint={PROMOTION_NOTE}>
        {promotions.map(revealable)}
      </ReportSection>
      <ReportSection
        id="missing"
        title="Missing context"
        count={report.missing.length}
        hint="Facts the reference coverage of this story reports and this page leaves out."
      >
        {report.missing.map((fact) => (
          <MissingItem
            fact={fact}
            reported={reportedBy(fact.docIds.length, report)}
            source={fact.source ?? fact.docIds.map(titleOf).join('; ')}
          />
        ))}
      </ReportSection>
      <ReportSection
        id="corroborated"
        title="Corroborated"
        count={corroborated.length}
        hint="Reference articles report the same. Under each, their sentence and how closely it matches."
      >
        {corroborated.map(revealable)}
      </ReportSection>
      <ReportSection
        id="unsupported"
        title="Not found in the references"
        count={unsupported.length}
        folded
        hint="Checkable claims no reference article makes: often just beyond what the references cover. Marked in the page only when you ask, from its legend."
      >
        {unsupported.map(revealable)}
      </ReportSection>
      {marks.length > 0 && (
        <p class="footnote" data-testid="marks-placed">
          {placed} of {countOf(marks.length, 'passage')} found in the page.
        </p>
      )}
    </main>
  );
}
