import { render } from 'preact';
import { Popup } from '../../components/Popup.tsx';
import { createExtensionClient } from '../../utils/crosscheck-client.ts';
import { displaySettings } from '../../utils/display-settings.ts';
import { referenceCorpus } from '../../utils/reference-corpus.ts';
import './style.css';

// Corpus and settings load while the page agent extracts the article.
const client = createExtensionClient(location, { corpus: referenceCorpus(), display: displaySettings() });
render(<Popup client={client} />, document.getElementById('app')!);
