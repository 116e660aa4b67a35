import { render } from 'preact';
import { Popup } from '../../components/Popup.tsx';
import { createExtensionClient } from '../../utils/crosscheck-client.ts';
import { referenceCorpus } from '../../utils/reference-corpus.ts';
import { markedCategories, palette, validCategories } from '../../utils/settings.ts';
import './style.css';

const client = createExtensionClient(location, {
  loadCorpus: referenceCorpus,
  loadDisplay: async () => ({
    visible: validCategories(await markedCategories.getValue()),
    palette: await palette.getValue(),
  }),
});
render(<Popup client={client} />, document.getElementById('app')!);
