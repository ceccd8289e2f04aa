// /first-read.js: the first read of the popup and the dashboard, as a classic script in their
// <head> (`<script async vite-ignore src="/first-read.js" data-page="popup">`). It runs as soon as it has loaded,
// not after the pages' whole module graph has loaded and evaluated, so IndexedDB answers meanwhile
// instead of after. The page's module takes the read from here (lib/browser/first-read.ts:
// pageFirstRead), or reads itself where this script did not run.
import { pageFirstRead } from '../lib/browser/first-read';

export default defineUnlistedScript(() => {
  // That it ran at all (the read itself may have been started by the module, which came first).
  performance.mark('first-read:script');
  const page = document.currentScript?.dataset.page;
  if (page === 'popup' || page === 'dashboard') pageFirstRead(page);
});
