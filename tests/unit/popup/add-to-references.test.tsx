// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AddToReferences } from '../../../components/AddToReferences.tsx';
import type { ReferencesClient } from '../../../utils/library/references-client.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

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
  await settle();
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
    expect(button()?.textContent).toBe('Add to my references');
    button()!.click();
    await settle();
    expect(references.saved).toBe(true);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Added to your references/);
    expect(button()?.textContent).toBe('Undo');
    button()!.click();
    await settle();
    expect(references.saved).toBe(false);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Removed from your references.');
    expect(button()?.textContent).toBe('Add to my references');
  });

  it('says when the page is already saved, and offers no second copy', async () => {
    const root = await mount(fakeReferences('2026-12-01T10:00:00.000Z'));
    expect(root.querySelector('button')).toBeNull();
    expect(root.textContent).toBe('This page is in your references (saved 2026-12-01).');
  });

  it('says so when saving fails', async () => {
    const references = fakeReferences(null);
    references.save = async () => {
      throw new Error('storage is full');
    };
    const root = await mount(references);
    root.querySelector('button')!.click();
    await settle();
    expect(root.textContent).toBe('Could not save this page: storage is full');
  });
});
