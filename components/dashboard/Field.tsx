import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  error?: string | null;
  help?: string;
  children: ComponentChildren;
}

/** A labelled form field whose error is announced and tied to the input (aria-describedby). */
export function Field({ id, label, error, help, children }: Props) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {help && <small id={`${id}-help`}>{help}</small>}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const describedBy = (id: string, error?: string | null, help?: string) =>
  [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
