import type { Translate } from '../../../platform/i18n/index.js';
import { type Role, roleDescriptionKey, roleLabelKey } from '../roles.js';

/** Role names as badges, in Italian. */
export function RoleBadges(props: { roles: readonly Role[]; t: Translate }): JSX.Element {
  if (props.roles.length === 0)
    return (
      <span class="text-muted" safe>
        {props.t('identity.roles.none')}
      </span>
    );
  return (
    <>
      {props.roles.map((r) => (
        <span class="badge bg-primary me-1 mb-1" safe>
          {props.t(roleLabelKey(r))}
        </span>
      ))}
    </>
  );
}

export function roleOptions(roles: readonly Role[], t: Translate) {
  return roles.map((r) => ({ value: r, label: `${t(roleLabelKey(r))} — ${t(roleDescriptionKey(r))}` }));
}

/** A key/value list (definition list) for profile-like pages. */
export function Facts(props: { items: Array<[string, string]> }): JSX.Element {
  return (
    <dl class="row">
      {props.items.map(([label, value]) => (
        <>
          <dt class="col-sm-4" safe>
            {label}
          </dt>
          <dd class="col-sm-8" safe>
            {value}
          </dd>
        </>
      ))}
    </dl>
  );
}

/** A secret shown once (temporary password): selectable, monospaced, with the warning that goes with it. */
export function OneTimeSecret(props: { label: string; value: string; warning: string }): JSX.Element {
  return (
    <div class="callout warning">
      <div class="callout-title" safe>
        {props.label}
      </div>
      <p class="fs-4 font-monospace user-select-all mb-2" safe>
        {props.value}
      </p>
      <p class="mb-0" safe>
        {props.warning}
      </p>
    </div>
  );
}
