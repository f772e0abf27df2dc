import type { Translate } from '../../../platform/i18n/index.js';
import { BO_PRIVACY_PATH, BO_REQUESTS_PATH, BO_RETENTION_PATH } from './paths.js';

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; text: string };

/**
 * The notice's plain-text format ("markdown-lite"): blocks separated by blank lines; a block starting
 * with "## " is a heading, a block whose every line starts with "- " is a list, anything else a
 * paragraph. Everything is text: nothing the author writes becomes markup.
 */
export function noticeBlocks(body: string): Block[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): Block => {
      const lines = block.split('\n').map((l) => l.trim());
      if (lines.length === 1 && /^#{1,3} /.test(block))
        return { kind: 'heading', text: block.replace(/^#+ /, '') };
      if (lines.every((l) => /^[-*] /.test(l)))
        return { kind: 'list', items: lines.map((l) => l.slice(2).trim()) };
      return { kind: 'paragraph', text: lines.join(' ') };
    });
}

export function NoticeBody(props: { body: string }): JSX.Element {
  return (
    <div class="privacy-notice-body">
      {noticeBlocks(props.body).map((block) =>
        block.kind === 'heading' ? (
          <h2 class="h4 mt-4" safe>
            {block.text}
          </h2>
        ) : block.kind === 'list' ? (
          <ul>
            {block.items.map((item) => (
              <li safe>{item}</li>
            ))}
          </ul>
        ) : (
          <p safe>{block.text}</p>
        ),
      )}
    </div>
  );
}

/** A key/value list for profile-like pages. */
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

export function statusLabel(t: Translate, status: string): string {
  return t(`privacy.requests.status.${status}`);
}

export function StatusBadge(props: { t: Translate; status: string }): JSX.Element {
  const cls =
    props.status === 'pending' ? 'bg-warning' : props.status === 'completed' ? 'bg-success' : 'bg-secondary';
  return (
    <span class={`badge ${cls}`} safe>
      {statusLabel(props.t, props.status)}
    </span>
  );
}

/** The tabs that join the back office's privacy pages. */
export function PrivacyTabs(props: {
  t: Translate;
  current: 'notice' | 'requests' | 'retention';
}): JSX.Element {
  const tabs: Array<[typeof props.current, string, string]> = [
    ['notice', BO_PRIVACY_PATH, props.t('privacy.backoffice.tabs.notice')],
    ['requests', BO_REQUESTS_PATH, props.t('privacy.backoffice.tabs.requests')],
    ['retention', BO_RETENTION_PATH, props.t('privacy.backoffice.tabs.retention')],
  ];
  return (
    <nav aria-label={props.t('privacy.backoffice.tabs.label')} class="mb-4">
      <ul class="nav nav-tabs">
        {tabs.map(([key, href, label]) => (
          <li class="nav-item">
            <a
              class={key === props.current ? 'nav-link active' : 'nav-link'}
              href={href}
              aria-current={key === props.current ? 'page' : undefined}
              safe
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
