/** The floor's popup: find the tab, inject the agent once, show what it returned. */

interface Tab {
  id?: number;
  active?: boolean;
  lastAccessed?: number;
}
interface ExtensionApi {
  tabs: {
    get(id: number): Promise<Tab>;
    getCurrent(): Promise<Tab | undefined>;
    query(query: { currentWindow: boolean }): Promise<Tab[]>;
  };
  scripting: {
    executeScript(details: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
  };
}

const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
const api = (scope.browser ?? scope.chrome)!;

/** ?tabId=N, else the active tab; when the popup is itself a tab (Firefox bench), the last used other tab. */
async function targetTab(): Promise<Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return api.tabs.get(requested);
  const self = await api.tabs.getCurrent();
  const others = (await api.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self?.id);
  if (!self) return others.find((tab) => tab.active) ?? others[0];
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function show(state: string, text: string): void {
  document.body.dataset.state = state;
  document.getElementById('status')!.textContent = text;
}

async function main(): Promise<void> {
  performance.mark('crosscheck:floor-start');
  const tab = await targetTab();
  if (tab?.id === undefined) return show('error', 'no tab');
  // Marks read by bench:pages (stages.ts), to compare each stage with Crosscheck's.
  performance.mark('crosscheck:floor-inject');
  const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['agent.js'] });
  performance.mark('crosscheck:floor-injected');
  const result = injection?.result as { ok?: boolean; reason?: string } | undefined;
  show(result?.ok ? 'ready' : 'not-an-article', JSON.stringify(result ?? null));
}

main().catch((error: unknown) => show('error', String(error)));
