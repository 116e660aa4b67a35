import { storage } from '@wxt-dev/storage';

/** Whether the in-page legend is folded to a small button. Local: it is about this screen. */
export const legendCollapsed = storage.defineItem<boolean>('local:legendCollapsed', {
  fallback: false,
  version: 1,
});
