// `textContent` as a prop: Preact sets it as the element's property (its text, escaped like any
// text child), used where a list's first render must create as little as possible (TeamList).
import 'preact';

declare module 'preact' {
  namespace JSX {
    interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
      textContent?: string;
    }
  }
}
