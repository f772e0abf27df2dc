import type { Translate } from '../i18n/index.js';

/**
 * Bootstrap Italia breadcrumb: the pages above this one, then the current page (not a link). The
 * Modello Comuni checker reads a service's category from `data-element="breadcrumb"`.
 */
export function Breadcrumb(props: {
  t: Translate;
  items: Array<{ href: string; label: string }>;
  current: string;
}): JSX.Element {
  return (
    <nav class="breadcrumb-container mb-3" aria-label={props.t('layout.breadcrumb')}>
      <ol class="breadcrumb p-0" data-element="breadcrumb">
        {props.items.map((item) => (
          <li class="breadcrumb-item">
            <a href={item.href} safe>
              {item.label}
            </a>
            <span class="separator">/</span>
          </li>
        ))}
        <li class="breadcrumb-item active" aria-current="page" safe>
          {props.current}
        </li>
      </ol>
    </nav>
  );
}
