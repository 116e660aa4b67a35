// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage.tsx';
import type { LibraryEntry } from '../../../utils/library/library-db.ts';
import {
  originOf,
  type OptionsSnapshot,
  type OptionsStore,
  type TypedArticle,
} from '../../../utils/options-store.ts';

type Typed = TypedArticle & { id: string };

function fakeStore(grant: boolean): OptionsStore & { state: OptionsSnapshot; typed: Typed[] } {
  const state: OptionsSnapshot = {
    categories: ['corroborated', 'conflicting', 'unsupported', 'promotion'],
    palette: 'standard',
    autoOrigins: [],
    remember: false,
    articles: [],
    storageBytes: 2_500_000,
  };
  const typed: Typed[] = [];
  const entryOf = (a: Typed, i: number): LibraryEntry => ({
    id: a.id,
    title: a.title,
    site: a.site,
    url: null,
    date: a.date,
    lang: null,
    added: `2026-01-0${i + 1}`,
    chars: a.text.length,
  });
  return {
    state,
    typed,
    load: async () => structuredClone(state),
    setCategories: async (c) => void (state.categories = c),
    setPalette: async (p) => void (state.palette = p),
    setRemember: async (on) => void (state.remember = on),
    addAutoOrigin: async (o) => (grant && state.autoOrigins.push(o), grant),
    removeAutoOrigin: async (o) => void (state.autoOrigins = state.autoOrigins.filter((x) => x !== o)),
    addArticle: async (a) => {
      typed.push({ ...a, id: `typed-${typed.length}` });
      state.articles = typed.map(entryOf);
    },
    removeArticle: async (id) => void (state.articles = state.articles.filter((a) => a.id !== id)),
    clearLibrary: async () => void (state.articles = []),
    importPack: async () => {
      throw new Error('not used');
    },
    exportPack: async () => new Blob([]),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

async function mount(store: OptionsStore) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsPage store={store} />, root);
  await settle();
  return root;
}

async function typeInto(element: Element | null, value: string) {
  const input = element as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OptionsPage', () => {
  it('states plainly that nothing leaves the browser', async () => {
    const root = await mount(fakeStore(true));
    expect(root.querySelector('[data-testid="privacy-statement"]')?.textContent).toMatch(/never\s+leave/);
  });

  it('saves category and palette choices', async () => {
    const store = fakeStore(true);
    const root = await mount(store);
    const boxes = root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]');
    boxes[3]!.click();
    await settle();
    expect(store.state.categories).toEqual(['corroborated', 'conflicting', 'unsupported']);
    const contrast = Array.from(root.querySelectorAll('label')).find((l) =>
      l.textContent?.includes('High-contrast'),
    );
    contrast!.querySelector('input')!.click();
    await settle();
    expect(store.state.palette).toBe('high-contrast');
  });

  it('adds an auto-analysis site only when access is granted', async () => {
    for (const grant of [true, false]) {
      document.body.innerHTML = '';
      const store = fakeStore(grant);
      const root = await mount(store);
      await typeInto(root.querySelector('#auto-origin'), 'news.example.com/world/story');
      root.querySelector<HTMLFormElement>('#auto-origin')!.form!.requestSubmit();
      await settle();
      expect(store.state.autoOrigins).toEqual(grant ? ['https://news.example.com'] : []);
      expect(root.textContent).toContain(grant ? 'will be analysed automatically' : 'was not granted');
    }
  });

  it('adds a reference article and refuses one without enough text', async () => {
    const store = fakeStore(true);
    const root = await mount(store);
    await typeInto(root.querySelector('#ref-title'), 'Council passes budget');
    await typeInto(root.querySelector('#ref-text'), 'Too short.');
    root.querySelector<HTMLFormElement>('#ref-title')!.form!.requestSubmit();
    await settle();
    expect(store.state.articles).toHaveLength(0);
    await typeInto(root.querySelector('#ref-text'), 'The council approved the budget on Monday. '.repeat(8));
    root.querySelector<HTMLFormElement>('#ref-title')!.form!.requestSubmit();
    await settle();
    expect(store.state.articles).toHaveLength(1);
    expect(store.typed[0]!.text.startsWith('The council approved')).toBe(true);
    expect(root.querySelector('[data-testid="user-articles"]')?.textContent).toContain(
      'Council passes budget',
    );
    expect(store.state.articles[0]!.date).toBeNull();
  });

  it('keeps the publication date the reader gives, for telling one event from another', async () => {
    const store = fakeStore(true);
    const root = await mount(store);
    await typeInto(root.querySelector('#ref-title'), 'Council passes budget');
    await typeInto(root.querySelector('#ref-date'), '2025-08-18');
    await typeInto(root.querySelector('#ref-text'), 'The council approved the budget on Monday. '.repeat(8));
    root.querySelector<HTMLFormElement>('#ref-title')!.form!.requestSubmit();
    await settle();
    expect(store.state.articles[0]!.date).toBe('2025-08-18');
    expect(root.querySelector('[data-testid="user-articles"]')?.textContent).toContain('2025-08-18');
  });
});

describe('the library in the options page', () => {
  const entry = (id: string, title: string, site: string | null): LibraryEntry => ({
    id,
    title,
    site,
    url: null,
    date: null,
    lang: null,
    added: '2026-01-01',
    chars: 1000,
  });

  it('lists articles as text, with counts per site, search, storage used, and the remember setting', async () => {
    const store = fakeStore(true);
    store.state.articles = [
      entry('a', '<img src=x onerror="window.ran=1">Budget passes', 'Ledger'),
      entry('b', 'United win late', 'Herald'),
      entry('c', 'City budget row', 'Ledger'),
    ];
    const root = await mount(store);
    // The store answers asynchronously: wait for the list rather than for a fixed time (CI machines are loaded).
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="user-articles"] li')).toHaveLength(3));
    const list = root.querySelector('[data-testid="user-articles"]')!;
    expect(list.querySelector('img')).toBeNull();
    expect(list.textContent).toContain('<img src=x onerror="window.ran=1">Budget passes — Ledger');
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="library-summary"]')?.textContent).toMatch(
        /3 articles, .* of text; Crosscheck uses 2\.4 MB of storage/,
      ),
    );
    const sites = Array.from(root.querySelectorAll('[data-testid="library-sites"] li')).map(
      (li) => li.textContent,
    );
    expect(sites).toEqual(['Ledger2', 'Herald1']);
    await typeInto(root.querySelector('#library-search'), 'budget ledger');
    await vi.waitFor(() =>
      expect(Array.from(list.querySelectorAll('li')).map((li) => li.getAttribute('data-id'))).toEqual([
        'a',
        'c',
      ]),
    );

    const remember = Array.from(root.querySelectorAll('label')).find((l) =>
      l.textContent?.includes('Remember the articles I check'),
    )!;
    expect(remember.querySelector('input')!.checked).toBe(false);
    remember.querySelector('input')!.click();
    await vi.waitFor(() => expect(store.state.remember).toBe(true));
  });

  it('shows the import report line by line, and asks before clearing the library', async () => {
    const store = fakeStore(true);
    store.state.articles = [entry('a', 'Kept article', null)];
    store.importPack = async (_file, onProgress) => {
      onProgress({ bytesRead: 10, totalBytes: 20, articles: 1 });
      return {
        added: 1,
        replaced: 0,
        summary: {
          lines: 3,
          accepted: 1,
          rejected: [{ line: 2, reason: 'not valid JSON' }],
          rejectedCount: 1,
          duplicates: [],
          notes: [],
          otherLanguages: {},
          notJsonLines: false,
        },
      };
    };
    const root = await mount(store);
    const input = root.querySelector<HTMLInputElement>('#library-import')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'pack.jsonl')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // The import and the store answer asynchronously: wait for what they show, not for a fixed time.
    await vi.waitFor(() =>
      expect(
        Array.from(root.querySelectorAll('[data-testid="import-report"] li')).map((li) => li.textContent),
      ).toEqual([
        'pack.jsonl: 1 article read, 1 line rejected. 1 added to your library.',
        'line 2: not valid JSON',
      ]),
    );
    root.querySelector<HTMLButtonElement>('[data-testid="clear-library"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="clear-confirm"]')).not.toBeNull());
    expect(store.state.articles).toHaveLength(1);
    root.querySelector<HTMLButtonElement>('[data-testid="clear-confirm"]')!.click();
    await vi.waitFor(() => expect(store.state.articles).toHaveLength(0));
  });
});

describe('originOf', () => {
  it.each([
    ['news.example.com', 'https://news.example.com'],
    ['http://127.0.0.1:8080/a/b', 'http://127.0.0.1:8080'],
    ['  https://www.example.org/x?y  ', 'https://www.example.org'],
    ['ftp://example.org', null],
    ['', null],
    ['not a host name', null],
    ['https://not%20a%20site', null],
  ])('%s → %s', (input, expected) => expect(originOf(input)).toBe(expected));
});
