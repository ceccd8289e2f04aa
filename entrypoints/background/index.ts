export default defineBackground(() => {
  // Wiring only; no state lives here (the service worker stops after 30 s idle).
});
