import type { FieldError } from '../errors/catalogue.js';
import type { Translate } from '../i18n/index.js';

/** What a form shows: the submitted values and the per-field errors of the last attempt. */
export interface FormState {
  values: Record<string, unknown>;
  errors: FieldError[];
}

export const emptyForm = (values: Record<string, unknown> = {}): FormState => ({ values, errors: [] });

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export function errorFor(form: FormState, name: string, t: Translate): string | undefined {
  const error = form.errors.find((e) => e.path === name);
  return error ? t(error.message, error.params) : undefined;
}

function currentValue(form: FormState, name: string): string {
  const value = form.values[name];
  return value === undefined || value === null ? '' : String(value);
}

/** Hidden CSRF token: every form that changes something carries it. */
export function CsrfField(props: { token: string }): JSX.Element {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * The error summary at the top of a rejected form (WCAG 3.3.1): focused on load by init.js, each entry
 * a link to its field.
 */
export function ErrorSummary(props: {
  form: FormState;
  t: Translate;
  labels: Record<string, string>;
}): JSX.Element {
  const { form, t } = props;
  if (form.errors.length === 0) return '';
  const title =
    form.errors.length === 1
      ? t('common.formHasOneError')
      : t('common.formHasErrors', { count: form.errors.length });
  return (
    <div class="alert alert-danger" role="alert" tabindex="-1" data-error-summary>
      <h2 class="h5" safe>
        {title}
      </h2>
      <ul class="mb-0">
        {form.errors.map((e) => (
          <li>
            <a href={`#${fieldId(e.path)}`} safe>
              {`${props.labels[e.path] ?? e.path}: ${t(e.message, e.params)}`}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  form: FormState;
  t: Translate;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'time' | 'date' | 'color' | 'url' | 'search';
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  maxlength?: number;
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  value?: string;
}

/** A labelled input with its hint and error wired through aria-describedby. */
export function Field(props: FieldProps): JSX.Element {
  const id = fieldId(props.name);
  const error = errorFor(props.form, props.name, props.t);
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = props.type === 'password' ? '' : (props.value ?? currentValue(props.form, props.name));
  return (
    <div class="form-group mb-4">
      <label for={id} class="active">
        <span safe>{props.label}</span>
        {props.required ? <span class="text-danger"> *</span> : ''}
      </label>
      <input
        type={props.type ?? 'text'}
        id={id}
        name={props.name}
        value={value}
        class={error ? 'form-control is-invalid' : 'form-control'}
        required={props.required}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        inputmode={props.inputmode}
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

export function TextArea(props: Omit<FieldProps, 'type' | 'inputmode'> & { rows?: number }): JSX.Element {
  const id = fieldId(props.name);
  const error = errorFor(props.form, props.name, props.t);
  return (
    <div class="form-group mb-4">
      <label for={id} class="active">
        <span safe>{props.label}</span>
        {props.required ? <span class="text-danger"> *</span> : ''}
      </label>
      <textarea
        id={id}
        name={props.name}
        rows={String(props.rows ?? 4)}
        class={error ? 'form-control is-invalid' : 'form-control'}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}
        maxlength={props.maxlength}
        safe
      >
        {props.value ?? currentValue(props.form, props.name)}
      </textarea>
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

export function Select(
  props: Omit<FieldProps, 'type' | 'autocomplete' | 'maxlength' | 'inputmode'> & {
    options: Array<{ value: string; label: string }>;
    placeholder?: string;
  },
): JSX.Element {
  const id = fieldId(props.name);
  const error = errorFor(props.form, props.name, props.t);
  const current = props.value ?? currentValue(props.form, props.name);
  return (
    <div class="select-wrapper mb-4">
      <label for={id}>
        <span safe>{props.label}</span>
        {props.required ? <span class="text-danger"> *</span> : ''}
      </label>
      <select
        id={id}
        name={props.name}
        class={error ? 'form-select is-invalid' : 'form-select'}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {props.placeholder !== undefined ? (
          <option value="" safe>
            {props.placeholder}
          </option>
        ) : (
          ''
        )}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current} safe>
            {o.label}
          </option>
        ))}
      </select>
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

/** A group of checkboxes sharing one name (multi-valued field), as a fieldset with a legend. */
export function CheckboxGroup(props: {
  form: FormState;
  t: Translate;
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  values?: string[];
}): JSX.Element {
  const id = fieldId(props.name);
  const error = errorFor(props.form, props.name, props.t);
  const raw = props.values ?? props.form.values[props.name];
  const checked = new Set(Array.isArray(raw) ? raw.map(String) : raw ? [String(raw)] : []);
  return (
    <fieldset class="mb-4" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="h6" safe>
        {props.legend}
      </legend>
      {props.options.map((o, i) => (
        <div class="form-check">
          <input
            type="checkbox"
            class="form-check-input"
            id={`${id}-${i}`}
            name={props.name}
            value={o.value}
            checked={checked.has(o.value)}
          />
          <label class="form-check-label" for={`${id}-${i}`} safe>
            {o.label}
          </label>
        </div>
      ))}
      {error ? (
        <div id={`${id}-error`} class="invalid-feedback d-block" safe>
          {error}
        </div>
      ) : (
        ''
      )}
    </fieldset>
  );
}
