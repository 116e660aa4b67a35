// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/Popup.tsx';
import type { PopupState } from '../../../utils/popup-state.ts';
import { marksOf } from '../../../lib/page/marks.ts';
import type { Report } from '../../../lib/report.ts';
import type { CrosscheckClient } from '../../../utils/crosscheck-client.ts';

const report: Report = {
  article: {
    title: 'Talks <b>resume</b>',
    site: 'Daily Example',
    byline: 'Ana Writer',
    lang: 'en',
    wordCount: 812,
  },
  story: {
    inCorpus: true,
    related: [{ docId: 'ref-1', title: 'Reference one', score: 0.7 }],
    identicalTo: null,
  },
  claims: [
    {
      text: 'Leaders met on Monday. <img src=x onerror="window.pwned=1">',
      status: 'corroborated',
      evidence: [{ docId: 'ref-1', source: 'Reference one', text: 'The leaders met Monday.', score: 0.9 }],
    },
    {
      text: '“Security guarantees come first,” he said.',
      status: 'corroborated',
      evidence: [{ docId: 'ref-1', source: 'Reference one', text: 'Guarantees come first.', score: 0.5 }],
    },
    {
      text: 'Ukraine may buy $60 billion of weapons.',
      status: 'conflicting',
      evidence: [],
      detail: '$60 billion here; $90 billion in ref-1',
    },
  ],
  missing: [{ text: 'Merz attended.', docIds: ['ref-1'] }],
  promotions: [{ text: 'Buy the Kindle now.', signals: ['call-to-action'], score: 0.97 }],
};

function clientAnswering(state: PopupState): CrosscheckClient & { revealed: string[] } {
  const revealed: string[] = [];
  return {
    revealed,
    analyse: async () => state,
    reveal: async (id) => void revealed.push(id),
    showCategories: async () => {},
  };
}

async function renderPopup(client: CrosscheckClient) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Popup client={client} />, root);
  for (let i = 0; i < 20 && root.querySelector('[data-state="loading"]'); i++)
    await new Promise((r) => setTimeout(r, 5));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup', () => {
  it('shows the summary, sections and evidence, with page text as text', async () => {
    const client = clientAnswering({
      kind: 'ready',
      report,
      marks: marksOf(report),
      placed: 3,
      titles: { 'ref-1': 'Reference one' },
    });
    const root = await renderPopup(client);
    expect(root.querySelector('[data-testid="article-title"]')?.textContent).toBe('Talks <b>resume</b>');
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toBe(
      '1 conflict1 promotion1 missing fact2 corroborated',
    );
    expect(root.querySelector('[data-testid="story-coverage"]')?.textContent).toBe(
      '1 reference article covers this story.',
    );
    // Claims in quotation marks of our own, except a claim that opens with its own quotation.
    const passages = [...root.querySelectorAll('[data-testid="section-corroborated"] .passage')].map(
      (node) => node.textContent,
    );
    expect(passages).toContain(`“${report.claims[0]!.text}”`);
    expect(passages).toContain('“Security guarantees come first,” he said.');
    expect(root.querySelector('img')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(root.querySelector('[data-testid="section-conflicting"]')?.textContent).toContain(
      '$60 billion here',
    );
    expect(root.querySelector('[data-testid="section-missing"]')?.textContent).toContain(
      'Reported by 1 of 1 reference article on this story',
    );
    (root.querySelector('[data-testid="section-promotions"] button') as HTMLButtonElement).click();
    expect(client.revealed).toEqual(['promotion-0']);
  });

  it.each([
    ['not-an-article', 'This page does not look like an article.'],
    ['not-allowed', "Crosscheck can't read this page: browser pages are off limits to extensions."],
  ] as const)('shows the %s state as a plain status message', async (kind, message) => {
    const root = await renderPopup(clientAnswering({ kind, message }));
    expect(root.querySelector('[data-testid="popup-status"]')?.textContent).toBe(message);
    expect(root.querySelector('.popup')?.getAttribute('data-state')).toBe(kind);
  });

  it('turns a failure into a message instead of a blank popup', async () => {
    const client = clientAnswering({ kind: 'loading', step: '' });
    client.analyse = async () => {
      throw new Error('tab closed');
    };
    const root = await renderPopup(client);
    expect(root.querySelector('[data-testid="popup-status"]')?.textContent).toMatch(
      /Something went wrong: tab closed/,
    );
  });
});
