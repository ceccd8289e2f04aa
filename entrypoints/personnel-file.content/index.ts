import { createToggleUi } from '../../lib/browser/overlay-ui';
import { contentLabels } from '../../lib/i18n/content-labels';

// Registered at run time only, on the personnel-file system's host the leader added in settings
// (SD Personaleweb, SBSYS, KMD Opus …): a generic side panel, not an integration with a vendor.
export default defineContentScript({
  registration: 'runtime',
  // As in webmail.content: no "script started" postMessage to the page (the custom event stops an older copy).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const labels = contentLabels(navigator.languages);
    createToggleUi(ctx, {
      name: 'tus-assistent-personnel',
      buttonText: labels.personnelButton,
      buttonLabel: labels.personnelButton,
      page: '/personnel.html',
      frameTitle: labels.personnelFrame,
      wrapperStyle: { right: '0', top: '0', bottom: '0' },
      frameStyle: { width: '360px', height: '100%', borderWidth: '0 0 0 1px' },
    }).mount();
  },
});
