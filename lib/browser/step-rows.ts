import { browser } from 'wxt/browser';
import { refreshStepRows } from '../cycles/store';
import { getDb } from './db';

/**
 * An update may change the machine or the next-step rules; the popup reads stored step rows
 * and cannot rebuild them itself (it does not load XState), so the background does, once per
 * install or update.
 */
export function refreshStepRowsOnUpdate(): void {
  browser.runtime.onInstalled.addListener(() => {
    void refreshStepRows(getDb()).catch((error: unknown) => console.error('TUS-assistent: could not rebuild step rows', error));
  });
}
