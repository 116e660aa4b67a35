import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageOverlay, type PageOverlayProps } from '../../components/page/PageOverlay.tsx';
import css from '../../components/page/page-ui.css?inline';

/**
 * The agent's UI (legend and evidence cards) in a shadow root on a host outside <body>: page CSS cannot
 * touch it, it cannot touch the page, and the page's own text stays exactly as it was.
 */
export function mountPageUi(ctx: ContentScriptContext) {
  const host = document.createElement('crosscheck-ui');
  host.style.setProperty('all', 'initial');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.documentElement.append(host);

  const unmount = () => {
    render(null, root);
    host.remove();
  };
  ctx.onInvalidated(unmount);
  return {
    update: (props: PageOverlayProps) => render(<PageOverlay {...props} />, root),
    unmount,
  };
}
