import type { Corpus } from '../lib/corpus/corpus.ts';
import type { CliOptions } from './args.ts';
import { createProgress } from './progress.ts';
import { UnusableInput } from './unusable-input.ts';

/** `crosscheck analyze`: each input read, analysed and reported in turn; returns the exit status. */
export async function runAnalyze(options: CliOptions): Promise<number> {
  const warn = (line: string) => process.stderr.write(`crosscheck: ${line}\n`);
  // The engine, its data and the HTML parser load only now: --help and usage errors answer at once.
  const [{ analyze }, { bundledCorpus }, { formatReport }, { loadCorpusFrom }, { readInput }] =
    await Promise.all([
      import('../lib/analyze.ts'),
      import('../lib/corpus/bundled.ts'),
      import('./format-report.ts'),
      import('./load-corpus.ts'),
      import('./read-input.ts'),
    ]);
  let corpus: Corpus;
  try {
    corpus = options.corpus ? await loadCorpusFrom(options.corpus, warn) : bundledCorpus();
  } catch (error) {
    if (!(error instanceof UnusableInput)) throw error;
    warn(error.message);
    return 2;
  }

  const titles = new Map(corpus.docs.map((doc) => [doc.id, doc.title]));
  const titleOf = (docId: string) => titles.get(docId);
  const several = options.inputs.length > 1;
  const progress = createProgress(options.inputs.length);
  let status = 0;
  for (const [index, input] of options.inputs.entries()) {
    progress.update(index, input);
    try {
      const page = await readInput(input, options);
      const report = analyze(page.article, { corpus, exclude: options.exclude, pageCards: page.pageCards });
      if (options.json) process.stdout.write(`${JSON.stringify(several ? { input, ...report } : report)}\n`);
      else
        process.stdout.write(
          `${several ? `== ${input}\n` : ''}${formatReport(report, titleOf)}\n${several ? '\n' : ''}`,
        );
    } catch (error) {
      // Unusable input exits 2; a failure of Crosscheck itself exits 1 (as an uncaught error would), and
      // either way the other inputs are still analysed.
      const unusable = error instanceof UnusableInput;
      const reason = unusable ? error.message : `Crosscheck failed on it: ${String(error)}`;
      status = unusable && status !== 1 ? 2 : 1;
      if (several && options.json) process.stdout.write(`${JSON.stringify({ input, error: reason })}\n`);
      warn(`${input === '-' ? 'standard input' : input}: ${reason}`);
    }
    // Let the event loop breathe between documents, so garbage from the previous DOM can be collected.
    await new Promise((resolve) => setImmediate(resolve));
  }
  progress.finish();
  return status;
}
