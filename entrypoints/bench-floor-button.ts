// Only in `--mode test` builds. The content script's floor: paints one button, in a shadow root
// at the end of <body> with the same style as ours, and does nothing else.
export default defineUnlistedScript(() => {
  const host = document.createElement('bench-floor-button');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `button { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 600 14px system-ui, sans-serif;
    padding: 8px 14px; border-radius: 20px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer; }`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'TUS';
  root.append(style, button);
  document.body.append(host);
});
