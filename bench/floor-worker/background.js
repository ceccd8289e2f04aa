// The service worker's floor (bench/worker.ts): an empty worker that answers at once.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  sendResponse('pong');
});
