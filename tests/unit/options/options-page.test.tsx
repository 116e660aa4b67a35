// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage.tsx';
import {
  originOf,
  type OptionsSnapshot,
  type OptionsStore,
} from '../../../components/options/options-store.ts';

function fakeStore(grant: boolean): OptionsStore & { state: OptionsSnapshot } {
  const state: OptionsSnapshot = {
    categories: ['corroborated', 'conflicting', 'unsupported', 'promotion'],
    palette: 'standard',
    autoOrigins: [],
    articles: [],
  };
  return {
    state,
    load: async () => structuredClone(state),
    setCategories: async (c) => void (state.categories = c),
    setPalette: async (p) => void (state.palette = p),
    addAutoOrigin: async (o) => (grant && state.autoOrigins.push(o), grant),
    removeAutoOrigin: async (o) => void (state.autoOrigins = state.autoOrigins.filter((x) => x !== o)),
    addArticle: async (a) =>
      void state.articles.push({ ...a, id: `user-${state.articles.length}`, addedAt: 'now' }),
    removeArticle: async (id) => void (state.articles = state.articles.filter((a) => a.id !== id)),
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
    expect(store.state.articles[0]!.text.startsWith('Council passes budget\n')).toBe(true);
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
