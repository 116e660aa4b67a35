import { prepareInBackground } from '../../utils/analyze-in-background.ts';
import { createExtensionClient, startedEarly } from '../../utils/crosscheck-client.ts';
import './style.css';

performance.mark('crosscheck:popup-script');
// The engine and the corpus are separate chunks, loaded while the page agent extracts the article. Firefox
// keeps its background page loaded: the page agent has the comparison run there, warm, with the library
// already open (a fresh popup spent ~0.2 s opening the library and ran the engine cold, beside the
// injection), and paints it without a hop through the popup.
// Chromium compares here: the corpus (the reader's library is read from IndexedDB off this thread) starts
// loading now, beside the tab lookup and the injection, rather than once the page agent is on its way.
// The library itself is read first, from a small chunk, while the engine's chunks load.
const libraryRead = import.meta.env.FIREFOX
  ? undefined
  : import('../../utils/library/read-library.ts').then((module) => module.openAndReadLibrary());
libraryRead?.catch(() => {});
const loadCorpus = () =>
  import('../../utils/reference-corpus.ts').then((module) =>
    libraryRead ? module.referenceCorpusOf(libraryRead) : module.referenceCorpus(),
  );
const early = import.meta.env.FIREFOX ? null : loadCorpus();
early?.catch(() => {});
const client = createExtensionClient(location, {
  corpus: () => early ?? loadCorpus(),
  ...(import.meta.env.FIREFOX ? { prepare: prepareInBackground } : {}),
  display: () => import('../../utils/display-settings.ts').then((module) => module.displaySettings()),
  remember: (article, report) =>
    import('../../utils/library/remember.ts').then((module) => module.rememberIfChosen(article, report)),
});
// The analysis starts first, from this small module; the view (Preact, the report's components) loads
// beside it, so the popup's own startup never delays the injection.
const analysing = startedEarly(client);
import('./view.tsx').then(({ showPopup }) => showPopup(analysing));
