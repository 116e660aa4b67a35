// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddToReferences } from '../../../components/AddToReferences.tsx';
import type { ReferencesClient } from '../../../utils/library/references-client.ts';

// The component answers after its client's promises settle: wait for what it shows, not for a fixed time (a
// loaded machine can take longer than any fixed wait).
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 2_000, interval: 5 });

function fakeReferences(savedAt: string | null): ReferencesClient & { saved: boolean } {
  const fake = {
    saved: savedAt !== null,
    status: async () =>
      fake.saved ? { saved: true as const, title: 'T', added: savedAt ?? 'now' } : { saved: false as const },
    save: async () => void (fake.saved = true),
    remove: async () => void (fake.saved = false),
  };
  return fake;
}

async function mount(references: ReferencesClient) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<AddToReferences references={references} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Add to my references', () => {
  it('saves the page, confirms it, and undoes it', async () => {
    const references = fakeReferences(null);
    const root = await mount(references);
    const button = () => root.querySelector('button');
    await until(() => expect(button()?.textContent).toBe('Add to my references'));
    button()!.click();
    await until(() => expect(button()?.textContent).toBe('Undo'));
    expect(references.saved).toBe(true);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Added to your references/);
    button()!.click();
    await until(() => expect(button()?.textContent).toBe('Add to my references'));
    expect(references.saved).toBe(false);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Removed from your references.');
  });

  it('says when the page is already saved, and offers no second copy', async () => {
    const root = await mount(fakeReferences('2026-12-01T10:00:00.000Z'));
    await until(() => expect(root.textContent).toBe('This page is in your references (saved 2026-12-01).'));
    expect(root.querySelector('button')).toBeNull();
  });

  it('says so when saving fails', async () => {
    const references = fakeReferences(null);
    references.save = async () => {
      throw new Error('storage is full');
    };
    const root = await mount(references);
    await until(() => expect(root.querySelector('button')).not.toBeNull());
    root.querySelector('button')!.click();
    await until(() => expect(root.textContent).toBe('Could not save this page: storage is full'));
  });
});
