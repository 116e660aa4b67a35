import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import { createOptionsStore } from '../../utils/create-options-store.ts';
import './style.css';

render(<OptionsPage store={createOptionsStore()} />, document.getElementById('app')!);
