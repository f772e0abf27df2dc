import type { TenantContext } from '../http/types.js';
import type { Locale, Translate } from '../i18n/index.js';
import { Document } from './document.js';
import { CsrfField } from './form.js';
import { Icon } from './icon.js';

export interface NavItem {
  href: string;
  label: string;
  icon: string;
}

export interface BackofficeChrome {
  tenant: TenantContext;
  locale: Locale;
  t: Translate;
  user: { name: string; email: string } | null;
  nav: NavItem[];
  /** Path of the current page, to mark the active menu entry. */
  path: string;
  csrfToken: string;
}

/**
 * The menu entry of the current page: the one whose address is the longest prefix of the path
 * (/backoffice/impostazioni/aree is "Aree", not "Impostazioni"); the home only on itself.
 */
function currentNavHref(nav: NavItem[], path: string): string | undefined {
  let best: string | undefined;
  for (const { href } of nav) {
    const matches = href === '/backoffice' ? path === href : path === href || path.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}

/** Back office page frame: slim header, side navigation, main column. Works without JavaScript. */
export function BackofficeLayout(
  props: BackofficeChrome & { title: string; children?: JSX.Element | JSX.Element[] | string },
): JSX.Element {
  const { t, tenant } = props;
  return (
    <Document
      locale={props.locale}
      title={`${props.title} · ${t('layout.backofficeTitle')} · ${tenant.name}`}
      htmx
    >
      <div class="skiplinks">
        <a class="visually-hidden-focusable" href="#main" safe>
          {t('common.skipToContent')}
        </a>
        {props.user ? (
          <a class="visually-hidden-focusable" href="#backoffice-nav" safe>
            {t('common.skipToNav')}
          </a>
        ) : (
          ''
        )}
      </div>
      <header class="it-header-wrapper">
        <div class="it-header-slim-wrapper">
          <div class="container-fluid">
            <div class="row">
              <div class="col-12">
                <div class="it-header-slim-wrapper-content">
                  <a class="d-lg-block navbar-brand" href="/" safe>
                    {t('layout.portalHome')}
                  </a>
                  {props.user ? (
                    <div class="it-header-slim-right-zone">
                      <span class="text-white me-3 d-none d-md-inline" safe>
                        {props.user.name}
                      </span>
                      <form method="post" action="/backoffice/logout" class="d-inline">
                        <CsrfField token={props.csrfToken} />
                        <button type="submit" class="btn btn-primary btn-sm btn-icon">
                          <Icon name="it-external-link" class="icon-white icon-sm" />
                          <span safe>{t('layout.logout')}</span>
                        </button>
                      </form>
                    </div>
                  ) : (
                    ''
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
        <div class="it-header-center-wrapper it-small-header">
          <div class="container-fluid">
            <div class="row">
              <div class="col-12">
                <div class="it-header-center-content-wrapper">
                  <div class="it-brand-wrapper">
                    <a href="/backoffice">
                      <div class="it-brand-text">
                        <div class="it-brand-title" safe>
                          {tenant.name}
                        </div>
                        <div class="it-brand-tagline d-none d-md-block" safe>
                          {t('layout.backofficeTitle')}
                        </div>
                      </div>
                    </a>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </header>
      <div class="container-fluid my-4">
        <div class="row">
          {props.user ? (
            <nav id="backoffice-nav" class="col-12 col-lg-3 col-xl-2 mb-4" aria-label={t('layout.mainMenu')}>
              <div class="link-list-wrapper">
                <ul class="link-list">
                  {props.nav.map((item) => {
                    const active = item.href === currentNavHref(props.nav, props.path);
                    return (
                      <li>
                        <a
                          class={active ? 'list-item active icon-left' : 'list-item icon-left'}
                          href={item.href}
                          aria-current={active ? 'page' : undefined}
                        >
                          <span class="list-item-title-icon-wrapper">
                            <Icon name={item.icon} class="icon-primary icon-sm" />
                            <span safe>{item.label}</span>
                          </span>
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </nav>
          ) : (
            ''
          )}
          <main
            id="main"
            class={props.user ? 'col-12 col-lg-9 col-xl-10' : 'col-12 col-md-8 col-lg-5 mx-auto'}
          >
            {props.children as 'safe'}
          </main>
        </div>
      </div>
    </Document>
  );
}
