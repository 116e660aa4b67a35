import type { Mark, MarkCategory } from '../lib/page/marks.ts';
import type { Report } from '../lib/report.ts';
import { verdictOf } from '../lib/verdict.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { ReportItem } from './ReportItem.tsx';
import { ReportSection } from './ReportSection.tsx';

interface Props {
  report: Report;
  marks: Mark[];
  placed: number;
  titles: Record<string, string>;
  onReveal: (markId: string) => void;
}

const SECTIONS: { category: MarkCategory; id: string; title: string; hint: string }[] = [
  {
    category: 'corroborated',
    id: 'corroborated',
    title: 'Corroborated',
    hint: 'Reference articles report the same.',
  },
  {
    category: 'conflicting',
    id: 'conflicting',
    title: 'Conflicting',
    hint: 'A number, quote, speaker or date differs.',
  },
  {
    category: 'unsupported',
    id: 'unsupported',
    title: 'Not found in the references',
    hint: 'Checkable claims that no reference article makes.',
  },
];

export function ReportView({ report, marks, placed, titles, onReveal }: Props) {
  const byCategory = (category: MarkCategory) => marks.filter((mark) => mark.category === category);
  const promotions = byCategory('promotion');
  const references = report.story.related.length;
  const titleOf = (docId: string) => titles[docId] ?? docId;
  return (
    <main>
      <ArticleHeader article={report.article} />
      <p class="verdict" data-testid="verdict">
        {verdictOf(report)}
      </p>
      {report.article.lang && !/^en\b/i.test(report.article.lang) && (
        <p class="notice" data-testid="language-notice">
          Crosscheck compares English articles; this page is in “{report.article.lang}”, so its claims may go
          unrecognised.
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
        <p class="notice">
          This page is a copy of the reference article “{titleOf(report.story.identicalTo)}”.
        </p>
      )}
      {SECTIONS.map(({ category, id, title, hint }) => (
        <ReportSection id={id} title={title} count={byCategory(category).length} hint={hint}>
          {byCategory(category).map((mark) => (
            <ReportItem
              text={mark.text}
              note={mark.note}
              evidence={mark.evidence}
              onReveal={() => onReveal(mark.id)}
            />
          ))}
        </ReportSection>
      ))}
      <ReportSection
        id="missing"
        title="Missing context"
        count={report.missing.length}
        hint="Facts the reference coverage of this story reports and this page omits."
      >
        {report.missing.map((fact) => (
          <ReportItem
            text={fact.text}
            note={`Reported by ${fact.docIds.length} of ${references} reference article${references === 1 ? '' : 's'}: ${fact.docIds.map(titleOf).join('; ')}`}
          />
        ))}
      </ReportSection>
      <ReportSection
        id="promotions"
        title="Promotions"
        count={promotions.length}
        hint="Advertising written into the article."
      >
        {promotions.map((mark) => (
          <ReportItem text={mark.text} note={mark.note} onReveal={() => onReveal(mark.id)} />
        ))}
      </ReportSection>
      {marks.length > 0 && (
        <p class="footnote" data-testid="marks-placed">
          {placed} of {marks.length} passages marked in the page.
        </p>
      )}
    </main>
  );
}
