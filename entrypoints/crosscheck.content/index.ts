import './script-start.ts';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from './page-agent.ts';

// Injected on demand by the popup (scripting.executeScript): nothing runs on a page before the reader
// clicks. What main returns is the injection's result (page-agent.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: (ctx) => startPageAgent(ctx),
});
