import type { Translate } from '../i18n/index.js';
import { errorFor, type FormState, fieldId } from './form.js';

/**
 * A labelled file input (Bootstrap Italia's upload style), with hint and error wired through
 * aria-describedby. Browsers never refill a file input, so a rejected form asks for the file again.
 */
export function FileField(props: {
  form: FormState;
  t: Translate;
  name: string;
  label: string;
  /** MIME types offered by the file picker (the server still checks the bytes). */
  accept?: string;
  hint?: string;
}): JSX.Element {
  const id = fieldId(props.name);
  const error = errorFor(props.form, props.name, props.t);
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="form-group mb-4">
      <label for={id} class="active d-block">
        <span safe>{props.label}</span>
      </label>
      <input
        type="file"
        id={id}
        name={props.name}
        accept={props.accept}
        class={error ? 'form-control is-invalid' : 'form-control'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {props.hint ? (
        <small id={`${id}-hint`} class="form-text" safe>
          {props.hint}
        </small>
      ) : (
        ''
      )}
      {error ? (
        <div id={`${id}-error`} class="invalid-feedback d-block" safe>
          {error}
        </div>
      ) : (
        ''
      )}
    </div>
  );
}
