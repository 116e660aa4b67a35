import { render } from 'preact';
import { Popup } from '../../components/Popup.tsx';
import { createExtensionClient } from '../../utils/crosscheck-client.ts';
import { displaySettings } from '../../utils/display-settings.ts';
import './style.css';

// The engine and the corpus are separate chunks, loaded while the page agent extracts the article.
const client = createExtensionClient(location, {
  corpus: () => import('../../utils/reference-corpus.ts').then((module) => module.referenceCorpus()),
  display: displaySettings,
  remember: (article, report) =>
    import('../../utils/library/remember.ts').then((module) => module.rememberIfChosen(article, report)),
});
render(<Popup client={client} />, document.getElementById('app')!);
