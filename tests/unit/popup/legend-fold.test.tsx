// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PageOverlay,
  type LegendFold,
  type PageOverlayProps,
} from '../../../components/page/PageOverlay.tsx';

const base: PageOverlayProps = {
  painted: [],
  visible: ['conflicting', 'promotion', 'corroborated'],
  active: null,
  announcement: '',
  palette: 'standard',
  onToggle: () => {},
  onStep: () => {},
  onClear: () => {},
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the in-page legend folds', () => {
  it('to a small button and back, handing the choice up and the keyboard to the button that undoes it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const choices: boolean[] = [];
    let collapsed = false;
    const draw = () => {
      const fold: LegendFold = {
        collapsed,
        onCollapse: (value) => {
          choices.push(value);
          collapsed = value;
          draw();
        },
      };
      render(<PageOverlay {...base} {...fold} />, root);
    };
    act(draw);
    expect(root.querySelector('[data-testid="legend"]')).not.toBeNull();
    act(() => (root.querySelector('[data-testid="legend-collapse"]') as HTMLButtonElement).click());
    expect(choices).toEqual([true]);
    expect(root.querySelector('[data-testid="legend"]')).toBeNull();
    const expand = root.querySelector('[data-testid="legend-expand"]') as HTMLButtonElement;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(expand);
    act(() => expand.click());
    expect(choices).toEqual([true, false]);
    expect(document.activeElement).toBe(root.querySelector('[data-testid="legend-collapse"]'));
  });

  it('opens folded when the reader folded it before, without taking the focus from the page', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<PageOverlay {...base} collapsed={true} onCollapse={() => {}} />, root));
    expect(root.querySelector('[data-testid="legend-expand"]')).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});
