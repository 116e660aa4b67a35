import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageUi } from './page-ui-agent.ts';

// Injected by the popup once the page agent has painted marks (utils/analyse-tab.ts): the legend and the
// evidence cards over the agent's marks.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: (ctx) => startPageUi(ctx),
});
