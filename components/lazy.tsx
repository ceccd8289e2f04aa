import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown: a screen most visits never open
 * (settings, a dialog, the page check) stays out of the page's first script. Shows nothing until
 * loaded, which takes a few milliseconds from the extension's own files.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element | null {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      loading ??= load().then((c) => (loaded = c));
      void loading.then((c) => live && setComponent(() => c));
      return () => {
        live = false;
      };
    }, [component]);
    const Component = component;
    return Component ? <Component {...props} /> : null;
  };
}
