import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { REPO_ROOT } from './paths.ts';

let axeSource: string | undefined;

/** axe-core's browser build, read once from node_modules (injected as a string: no bundler in between). */
function axeScript(): string {
  axeSource ??= readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors (shadow paths joined with " >>> ") and a short failure summary per node. */
  nodes: { target: string; summary: string }[];
}

export interface AxeOptions {
  /**
   * What to check, in axe's context syntax; e.g. { fromShadowDom: ['crosscheck-ui', '.overlay'] } for an element in the
   * shadow root of <crosscheck-ui>. Defaults to the whole document.
   */
  include?: unknown;
  /**
   * Run only the rules with these tags (axe's experimental rules included, e.g. 'wcag21a' adds
   * label-content-name-mismatch). Defaults to axe's own default set: every non-experimental rule.
   */
  tags?: readonly string[];
}

/**
 * Injects axe-core into `page` (if not already there) and runs `axe.run()` with axe's default rules (WCAG
 * 2.0–2.2 A and AA plus best practices, experimental rules left out) unless `tags` says otherwise. Returns
 * the violations in a compact form, ready for a readable assertion.
 */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(`typeof globalThis.axe === 'object'`))) await page.evaluate(axeScript());
  const context = options.include === undefined ? 'document' : JSON.stringify({ include: options.include });
  return (await page.evaluate(`(async () => {
    const results = await axe.run(${context}, {
      ${options.tags ? `runOnly: { type: 'tag', values: ${JSON.stringify(options.tags)} },` : ''}
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => Array.isArray(part) ? part.join(' >>> ') : part).join(' '),
        summary: (node.failureSummary ?? '').replace(/\\s+/g, ' ').slice(0, 300),
      })),
    }));
  })()`)) as AxeViolation[];
}

/** One line per violated rule, for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target} — ${node.summary}`)
          .join('\n'),
    )
    .join('\n');
}
