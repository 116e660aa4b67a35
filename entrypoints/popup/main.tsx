import { render } from 'preact';
import { Popup } from '../../components/Popup.tsx';
import { bundledCorpus } from '../../lib/corpus/bundled.ts';
import { createExtensionClient } from '../../utils/crosscheck-client.ts';
import './style.css';

const client = createExtensionClient(location, async () => bundledCorpus());
render(<Popup client={client} />, document.getElementById('app')!);
