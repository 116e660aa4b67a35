import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageOverlay, type PageOverlayProps } from '../../components/page/PageOverlay.tsx';
import css from '../../components/page/page-ui.css?inline';
import { legendCollapsed } from '../../utils/legend-setting.ts';

/**
 * The agent's UI (legend and evidence cards) in a shadow root on a host outside <body>: page CSS cannot
 * touch it, it cannot touch the page, and the page's own text stays exactly as it was. Whether the legend
 * is folded is the reader's setting: read once when the UI mounts, written when they fold or unfold it.
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

  let props: PageOverlayProps | null = null;
  // Unknown until storage answers: the legend appears then, folded or not, rather than jumping.
  let collapsed: boolean | null = null;
  let mounted = true;
  const draw = () => {
    if (!mounted || !props || collapsed === null) return;
    render(<PageOverlay {...props} collapsed={collapsed} onCollapse={fold} />, root);
  };
  const fold = (value: boolean) => {
    collapsed = value;
    draw();
    legendCollapsed.setValue(value).catch(() => {});
  };
  legendCollapsed.getValue().then(
    (value) => {
      collapsed ??= value;
      draw();
    },
    () => {
      collapsed ??= false;
      draw();
    },
  );

  const unmount = () => {
    mounted = false;
    render(null, root);
    host.remove();
  };
  ctx.onInvalidated(unmount);
  return {
    update: (next: PageOverlayProps) => {
      props = next;
      draw();
    },
    unmount,
  };
}
