// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceCard } from '../../../components/page/EvidenceCard.tsx';
import { ReportView } from '../../../components/ReportView.tsx';
import { marksOf, strengthInWords } from '../../../lib/page/marks.ts';
import type { Claim, Promotion, Report } from '../../../lib/report.ts';

// Hand-made reports with the agreed optional fields (HELPERS.md), rendered as the popup and the card do.

const evidence = (docId: string, score = 0.8) => ({
  docId,
  source: `Outlet ${docId}`,
  text: `Reference sentence from ${docId}.`,
  score,
});

function reportWith(parts: Partial<Report> & { claims?: Claim[]; promotions?: Promotion[] }): Report {
  return {
    article: { title: 'A page', site: 'Example', byline: null, lang: 'en', wordCount: 300 },
    story: {
      inCorpus: true,
      related: [{ docId: 'a', title: 'Article A', score: 0.6 }],
      identicalTo: null,
    },
    claims: [],
    missing: [],
    promotions: [],
    ...parts,
  };
}

function show(report: Report): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <ReportView
      report={report}
      marks={marksOf(report)}
      placed={0}
      titles={{ a: 'Article A', b: 'Article B', c: 'Article C' }}
      onReveal={() => {}}
    />,
    root,
  );
  return root;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? null;

afterEach(() => {
  document.body.innerHTML = '';
});

const RAW_SIGNAL_IDS = ['label-heading', 'copywriting-register', 'call-to-action', 'affiliate-link'];

describe('the popup report', () => {
  const full = reportWith({
    story: {
      inCorpus: true,
      related: [
        { docId: 'a', title: 'Article A', score: 0.6 },
        { docId: 'b', title: 'Article B', score: 0.5 },
      ],
      identicalTo: null,
      articles: 3,
      outlets: 2,
    },
    claims: [
      { text: 'Corroborated one.', status: 'corroborated', evidence: [evidence('a'), evidence('b', 0.4)] },
      {
        text: 'Corroborated two.',
        status: 'corroborated',
        evidence: [evidence('c', 0.1)],
        detail: 'the crowd figure 5,412 is in no reference',
      },
      { text: 'Not found one.', status: 'unsupported', evidence: [] },
      {
        text: 'The score was 3-1.',
        status: 'conflicting',
        evidence: [evidence('a')],
        detail: '3-1 here; 2-1 in Harbour Herald',
      },
    ],
    missing: [
      { text: 'Fact both report.', docIds: ['a', 'b'], source: 'Harbour Herald', importance: 2 },
      { text: 'Fact one reports.', docIds: ['c'], detail: 'the page reports this, but not “55th minute”' },
    ],
    promotions: [
      {
        text: 'Buy the gadget now.',
        signals: ['call-to-action', 'label-heading'],
        score: 0.9,
        reasons: ['recommends a product to readers; the product plays no part in the story'],
      },
      { text: 'Sponsored: gadget deals.', signals: ['label-heading', 'copywriting-register'], score: 0.8 },
    ],
  });

  it('puts what matters first: a summary of counts, then sections in the same order', () => {
    const root = show(full);
    const summary = [...root.querySelectorAll('[data-testid="summary"] li')].map((li) => li.textContent);
    expect(summary).toEqual([
      '1 conflict',
      '2 promotions',
      '2 missing facts',
      '2 corroborated',
      '1 not found',
    ]);
    const sections = [...root.querySelectorAll('details.section')].map((d) => d.getAttribute('data-testid'));
    expect(sections).toEqual([
      'section-conflicting',
      'section-promotions',
      'section-missing',
      'section-corroborated',
      'section-unsupported',
    ]);
    // "Not found" waits folded until asked for; the others are open.
    const open = [...root.querySelectorAll('details.section')].map((d) => (d as HTMLDetailsElement).open);
    expect(open).toEqual([true, true, true, true, false]);
  });

  it('jumps to a section when its count is clicked, opening it and moving the keyboard there', () => {
    const root = show(full);
    const folded = root.querySelector('[data-testid="section-unsupported"]') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    (root.querySelector('button[data-testid="summary-unsupported"]') as HTMLButtonElement).click();
    expect(folded.open).toBe(true);
    expect(document.activeElement).toBe(folded.querySelector('summary'));
    (root.querySelector('button[data-testid="summary-missing"]') as HTMLButtonElement).click();
    expect(document.activeElement).toBe(root.querySelector('[data-testid="section-missing"] > summary'));
  });

  it('shows a zero count as plain text, not as a button', () => {
    const root = show(
      reportWith({ claims: [{ text: 'One.', status: 'corroborated', evidence: [evidence('a')] }] }),
    );
    expect(text(root, '[data-testid="summary"]')).toBe(
      '0 conflicts0 promotions0 missing facts1 corroborated',
    );
    expect(root.querySelector('button[data-testid="summary-conflicting"]')).toBeNull();
    expect(root.querySelector('button[data-testid="summary-corroborated"]')).not.toBeNull();
  });

  it('says how much reference coverage the story has, and counts each missing fact against it', () => {
    const root = show(full);
    expect(text(root, '[data-testid="story-coverage"]')).toBe(
      '3 reference articles from 2 outlets cover this story.',
    );
    const items = [...root.querySelectorAll('[data-testid="section-missing"] [data-testid="report-item"]')];
    expect(items.map((item) => text(item, '[data-testid="missing-count"]'))).toEqual([
      'Reported by 2 of 3 reference articles on this story:',
      'Reported by 1 of 3 reference articles on this story:',
    ]);
    expect(text(items[0]!, 'blockquote p')).toBe('“Fact both report.”');
    expect(text(items[0]!, 'blockquote footer')).toBe('— Harbour Herald');
    // No source in the report: the reporting article's title.
    expect(text(items[1]!, 'blockquote footer')).toBe('— Article C');
    // A fact the page states without one of its figures says which, so it does not read as omitted altogether.
    expect(items[0]!.querySelector('[data-testid="missing-detail"]')).toBeNull();
    expect(text(items[1]!, '[data-testid="missing-detail"]')).toBe(
      'The page reports this, but not “55th minute”.',
    );
  });

  it('counts in singular and plural words, and never "article(s)"', () => {
    const root = show(full);
    const corroborated = [...root.querySelectorAll('[data-testid="section-corroborated"] .note')].map(
      (p) => p.textContent,
    );
    expect(corroborated).toEqual([
      'Corroborated by 2 reference articles.',
      'Corroborated by 1 reference article.',
    ]);
    expect(root.textContent).not.toMatch(/\(s\)/);
    const one = show(
      reportWith({
        story: {
          inCorpus: true,
          related: [{ docId: 'a', title: 'A', score: 1 }],
          identicalTo: null,
          articles: 1,
          outlets: 1,
        },
      }),
    );
    expect(text(one, '[data-testid="story-coverage"]')).toBe(
      '1 reference article from 1 outlet covers this story.',
    );
  });

  it("shows a claim's detail: what differs, or what no reference confirms", () => {
    const root = show(full);
    expect(text(root, '[data-testid="section-conflicting"] [data-testid="item-detail"]')).toBe(
      '3-1 here; 2-1 in Harbour Herald',
    );
    expect(text(root, '[data-testid="section-corroborated"] [data-testid="item-detail"]')).toBe(
      'the crowd figure 5,412 is in no reference',
    );
  });

  it('explains promotions in plain words and never shows a raw signal id', () => {
    const root = show(full);
    const section = root.querySelector('[data-testid="section-promotions"]')!;
    expect(text(section, '[data-testid="item-reasons"]')).toBe(
      'recommends a product to readers; the product plays no part in the story',
    );
    // Without reasons in the report: the plain generic sentence, said once for the section.
    expect(text(section, '.hint')).toBe('Reads like advertising written into the article text.');
    expect(section.querySelectorAll('.note')).toHaveLength(1);
    expect(text(section, '.note')).toBe('Reads like advertising written into the article text.');
    for (const id of RAW_SIGNAL_IDS) expect(root.textContent).not.toContain(id);
  });

  it('says why a product page has no promotions, and says nothing for news', () => {
    const review = show(reportWith({ article: { ...full.article, genre: 'review' } }));
    expect(text(review, '[data-testid="genre-notice"]')).toBe(
      'This page is a product review; its sentences are not checked for injected promotions.',
    );
    const guide = show(reportWith({ article: { ...full.article, genre: 'buying-guide' } }));
    expect(text(guide, '[data-testid="genre-notice"]')).toMatch(/^This page is a buying guide;/);
    document.body.innerHTML = '';
    const news = show(reportWith({ article: { ...full.article, genre: 'news' } }));
    expect(news.querySelector('[data-testid="genre-notice"]')).toBeNull();
  });

  it('shows no summary when there is nothing to count', () => {
    const root = show(reportWith({ story: { inCorpus: false, related: [], identicalTo: null } }));
    expect(root.querySelector('[data-testid="summary"]')).toBeNull();
    expect(root.querySelector('[data-testid="story-coverage"]')).toBeNull();
    expect(text(root, '[data-testid="nothing-found"]')).toMatch(/^Nothing to report/);
  });

  it('counts the story from its related articles when the report gives no story count', () => {
    const root = show(reportWith({ missing: [{ text: 'A fact.', docIds: ['a'] }] }));
    expect(text(root, '[data-testid="story-coverage"]')).toBe('1 reference article covers this story.');
    expect(text(root, '[data-testid="missing-count"]')).toBe(
      'Reported by 1 of 1 reference article on this story:',
    );
  });
});

describe('the evidence card', () => {
  const card = (report: Report, index: number) => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<EvidenceCard mark={marksOf(report)[index]!} anchor={{ top: 10, bottom: 30, left: 10 }} />, root);
    return root;
  };

  it("shows a conflicting claim's detail and its references with the match strength in words", () => {
    const root = card(
      reportWith({
        claims: [
          {
            text: 'The score was 3-1.',
            status: 'conflicting',
            evidence: [evidence('a', 0.55)],
            detail: '3-1 here; 2-1 in Harbour Herald',
          },
        ],
      }),
      0,
    );
    expect(text(root, '.card-note')).toBe('Differs from 1 reference article.');
    expect(text(root, '[data-testid="card-detail"]')).toBe('3-1 here; 2-1 in Harbour Herald');
    expect(text(root, 'blockquote .source')).toBe('— Outlet a · close match');
  });

  it("shows a promotion's reasons, or a plain sentence, and no signal id", () => {
    const report = reportWith({
      promotions: [
        {
          text: 'Buy it.',
          signals: ['call-to-action'],
          score: 1,
          reasons: ['asks readers to buy a product'],
        },
        { text: 'Deal!', signals: ['label-heading', 'copywriting-register'], score: 1, reasons: [] },
      ],
    });
    const first = card(report, 0);
    expect(text(first, '[data-testid="card-reasons"]')).toBe('asks readers to buy a product');
    const second = card(report, 1);
    expect(text(second, '.card-note')).toBe('Reads like advertising written into the article text.');
    expect(second.querySelector('[data-testid="card-reasons"]')).toBeNull();
    for (const id of RAW_SIGNAL_IDS) expect(document.body.textContent).not.toContain(id);
  });
});

describe('match strength in words', () => {
  it.each([
    [0.95, 'very close match'],
    [0.6, 'close match'],
    [0.35, 'partial match'],
    [0.1, 'weak match'],
  ])('%s reads "%s"', (score, words) => {
    expect(strengthInWords(score)).toBe(words);
  });
});
