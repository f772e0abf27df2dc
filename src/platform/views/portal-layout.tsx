import type { TenantContext } from '../http/types.js';
import type { Locale, Translate } from '../i18n/index.js';
import { APP_PREFIX } from './assets.js';
import { Breadcrumb } from './breadcrumb.js';
import { Document } from './document.js';
import { Icon } from './icon.js';

export interface PortalChrome {
  tenant: TenantContext;
  locale: Locale;
  t: Translate;
  /** Name of the logged-in citizen, if any. */
  citizenName?: string | null;
  /** Path of the current page (no query string): marks the active menu item. */
  path?: string;
  /** CSRF token for the forms of the page (the feedback component posts with it). */
  csrfToken?: string;
}

/**
 * The accessibility declaration is published on AgID's form site; each Comune replaces this
 * placeholder with its own `https://form.agid.gov.it/view/<uuid>` address (docs/OPERATIONS.md).
 */
export const ACCESSIBILITY_DECLARATION_URL = 'https://form.agid.gov.it/';
export const DEFAULT_EMBLEM = `${APP_PREFIX}img/emblem.svg`;
const PORTAL_LANGUAGES: Locale[] = ['it', 'en', 'de'];

/** The four first-level items of the Modello Comuni, in this order, once each on every page. */
const FIRST_LEVEL = [
  { href: '/amministrazione', element: 'management', label: 'layout.navManagement' },
  { href: '/novita', element: 'news', label: 'layout.navNews' },
  { href: '/servizi', element: 'all-services', label: 'layout.navServices' },
  { href: '/vivere-il-comune', element: 'live', label: 'layout.navLive' },
] as const;

function isActive(path: string | undefined, href: string): boolean {
  return path === href || Boolean(path?.startsWith(`${href}/`));
}

function Header(props: PortalChrome): JSX.Element {
  const { t, tenant } = props;
  const emblem = tenant.logoKey ? '/logo' : DEFAULT_EMBLEM;
  return (
    <header class="it-header-wrapper">
      <div class="it-header-slim-wrapper">
        <div class="container">
          <div class="row">
            <div class="col-12">
              <div class="it-header-slim-wrapper-content">
                <span class="d-lg-block navbar-brand" safe>
                  {t('layout.region', { region: tenant.region })}
                </span>
                <div class="it-header-slim-right-zone">
                  <nav class="d-flex" aria-label={t('layout.language')}>
                    <ul class="list-inline mb-0 me-3">
                      {PORTAL_LANGUAGES.map((lang) => (
                        <li class="list-inline-item">
                          <a
                            class="text-white"
                            href={`?lang=${lang}`}
                            hreflang={lang}
                            lang={lang}
                            aria-current={props.locale === lang ? 'true' : undefined}
                            safe
                          >
                            {lang.toUpperCase()}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  {props.citizenName ? (
                    <a class="btn btn-primary btn-sm" href="/area-personale" safe>
                      {props.citizenName}
                    </a>
                  ) : (
                    <a class="btn btn-primary btn-sm" href="/accedi" data-element="personal-area-login" safe>
                      {t('layout.personalArea')}
                    </a>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="it-nav-wrapper">
        <div class="it-header-center-wrapper">
          <div class="container">
            <div class="row">
              <div class="col-12">
                <div class="it-header-center-content-wrapper">
                  <div class="it-brand-wrapper">
                    <a href="/">
                      <img class="icon" src={emblem} alt={t('layout.emblem', { name: tenant.name })} />
                      <div class="it-brand-text">
                        <div class="it-brand-title" safe>
                          {tenant.name}
                        </div>
                        <div class="it-brand-tagline d-none d-md-block" safe>
                          {t('layout.portalTagline')}
                        </div>
                      </div>
                    </a>
                  </div>
                  <div class="it-right-zone">
                    <div class="it-search-wrapper">
                      <span class="d-none d-md-block" safe>
                        {t('layout.search')}
                      </span>
                      <a class="search-link rounded-icon" href="/cerca" aria-label={t('layout.searchLabel')}>
                        <Icon name="it-search" class="icon" />
                      </a>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div class="it-header-navbar-wrapper">
          <div class="container">
            <div class="row">
              <div class="col-12">
                <div class="navbar navbar-expand-lg has-megamenu">
                  <button
                    class="custom-navbar-toggler"
                    type="button"
                    aria-controls="portal-nav"
                    aria-expanded="false"
                    aria-label={t('layout.openMenu')}
                    data-bs-toggle="navbarcollapsible"
                    data-bs-target="#portal-nav"
                  >
                    <Icon name="it-burger" class="icon" />
                  </button>
                  <div class="navbar-collapsable" id="portal-nav">
                    <div class="overlay"></div>
                    <div class="close-div">
                      <button class="btn close-menu" type="button">
                        <span class="visually-hidden" safe>
                          {t('layout.closeMenu')}
                        </span>
                        <Icon name="it-close-big" class="icon" />
                      </button>
                    </div>
                    <div class="menu-wrapper">
                      <nav aria-label={t('layout.mainMenu')}>
                        <ul class="navbar-nav" data-element="main-navigation">
                          {FIRST_LEVEL.map((item) => (
                            <li class="nav-item">
                              <a
                                class={isActive(props.path, item.href) ? 'nav-link active' : 'nav-link'}
                                href={item.href}
                                data-element={item.element}
                                aria-current={isActive(props.path, item.href) ? 'page' : undefined}
                                safe
                              >
                                {t(item.label)}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </nav>
                      <nav aria-label={t('layout.secondaryMenu')}>
                        <ul class="navbar-nav navbar-secondary">
                          <li class="nav-item">
                            <a class="nav-link" href="/argomenti" data-element="all-topics" safe>
                              {t('layout.allTopics')}
                            </a>
                          </li>
                        </ul>
                      </nav>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <noscript>
        <nav class="container d-lg-none py-2" aria-label={t('layout.noJsMenu')}>
          <ul class="link-list">
            {FIRST_LEVEL.map((item) => (
              <li>
                <a class="list-item" href={item.href} safe>
                  {t(item.label)}
                </a>
              </li>
            ))}
            <li>
              <a class="list-item" href="/argomenti" safe>
                {t('layout.allTopics')}
              </a>
            </li>
          </ul>
        </nav>
      </noscript>
    </header>
  );
}

function Footer(props: PortalChrome): JSX.Element {
  const { t, tenant } = props;
  return (
    <footer class="it-footer">
      <div class="it-footer-main">
        <div class="container">
          <div class="row py-4">
            <div class="col-12 col-md-4">
              <h2 class="h5 text-white" safe>
                {tenant.name}
              </h2>
              <p class="text-white mb-1" safe>
                {tenant.address}
              </p>
              <p class="text-white mb-1" safe>
                {`${t('layout.footerFiscalCode')}: ${tenant.fiscalCode}`}
              </p>
            </div>
            <div class="col-12 col-md-4">
              <h2 class="h5 text-white" safe>
                {t('layout.footerContacts')}
              </h2>
              <p class="text-white mb-1" safe>
                {`${t('layout.footerPhone')}: ${tenant.phone}`}
              </p>
              <p class="text-white mb-1">
                <span safe>{`${t('layout.footerEmail')}: `}</span>
                <a class="text-white" href={`mailto:${tenant.email}`} safe>
                  {tenant.email}
                </a>
              </p>
              <p class="text-white mb-1">
                <span safe>{`${t('layout.footerPec')}: `}</span>
                <a class="text-white" href={`mailto:${tenant.pec}`} safe>
                  {tenant.pec}
                </a>
              </p>
              <ul class="list-unstyled mt-2">
                <li>
                  <a class="text-white" href="/faq" data-element="faq" safe>
                    {t('layout.faq')}
                  </a>
                </li>
                <li>
                  <a
                    class="text-white"
                    href="/segnalazione-disservizio"
                    data-element="report-inefficiency"
                    safe
                  >
                    {t('layout.reportInefficiency')}
                  </a>
                </li>
              </ul>
            </div>
            <div class="col-12 col-md-4">
              <h2 class="h5 text-white" safe>
                {t('layout.footerInfo')}
              </h2>
              <ul class="list-unstyled">
                <li>
                  <a class="text-white" href="/privacy" data-element="privacy-policy-link" safe>
                    {t('layout.privacy')}
                  </a>
                </li>
                <li>
                  <a class="text-white" href="/note-legali" data-element="legal-notes" safe>
                    {t('layout.legalNotes')}
                  </a>
                </li>
                <li>
                  <a
                    class="text-white"
                    href={tenant.accessibilityUrl || ACCESSIBILITY_DECLARATION_URL}
                    data-element="accessibility-link"
                    safe
                  >
                    {t('layout.accessibility')}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** The citizen portal's frame: the Modello Comuni header (slim, center, navbar) and footer. */
export function PortalLayout(
  props: PortalChrome & {
    title: string;
    description?: string;
    /** Pages above this one (Home is added first); omit on the home page. */
    breadcrumb?: Array<{ href: string; label: string }>;
    /** Rendered between the main content and the footer (the rating component). */
    beforeFooter?: JSX.Element | string;
    children?: JSX.Element | JSX.Element[] | string;
  },
): JSX.Element {
  const { t, tenant } = props;
  return (
    <Document
      locale={props.locale}
      title={`${props.title} · ${tenant.name}`}
      description={props.description ?? tenant.name}
      scripts={[`${APP_PREFIX}js/feedback.js`]}
      head={
        <>
          <link rel="manifest" href="/manifest.webmanifest" />
          <meta name="theme-color" content={tenant.primaryColor} />
          <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
        </>
      }
    >
      <div class="skiplinks">
        <a class="visually-hidden-focusable" href="#main" safe>
          {t('common.skipToContent')}
        </a>
      </div>
      <Header {...props} />
      <main id="main" class="container my-5">
        {props.breadcrumb ? (
          <Breadcrumb
            t={t}
            items={[{ href: '/', label: 'Home' }, ...props.breadcrumb]}
            current={props.title}
          />
        ) : (
          ''
        )}
        {props.children as 'safe'}
      </main>
      {(props.beforeFooter ?? '') as 'safe'}
      <Footer {...props} />
    </Document>
  );
}
