// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceCard } from '../../../components/page/EvidenceCard.tsx';
import { Legend } from '../../../components/page/Legend.tsx';
import type { Mark } from '../../../lib/page/marks.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned = 1">',
  '</style><script>window.__pwned = 2</script>',
  '<a href="javascript:window.__pwned=3">click</a>',
  'x'.repeat(5000),
  'مرحبا بالعالم — שלום עולם',
  'e\u0301\u0301 zero\u200bwidth 🇺🇦👍🏽',
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('page text in the evidence card and legend is rendered as text', () => {
  it.each(PAYLOADS)('shows %s verbatim and runs nothing', (payload) => {
    const mark: Mark = {
      id: 'claim-0',
      category: 'conflicting',
      text: payload,
      note: payload,
      detail: payload,
      reasons: [payload],
      evidence: [{ source: payload, text: payload, strength: 'close match' }],
    };
    const root = document.createElement('div');
    document.body.append(root);
    render(<EvidenceCard mark={mark} anchor={{ top: 10, bottom: 30, left: 10 }} />, root);
    expect(root.querySelector('img, script, a, style')).toBeNull();
    expect(root.textContent).toContain(payload);
    render(
      <Legend
        counts={{ corroborated: 0, conflicting: 1, unsupported: 0, promotion: 0 }}
        visible={['conflicting']}
        announcement={payload}
        onToggle={() => {}}
        onStep={() => {}}
        onClear={() => {}}
        onCollapse={() => {}}
        takeFocus={false}
      />,
      root,
    );
    expect(root.querySelector('img, script, a, style')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
