import type { TenantContext } from '../http/types.js';
import type { Locale, Translate } from '../i18n/index.js';
import { Document } from './document.js';

export interface PortalChrome {
  tenant: TenantContext;
  locale: Locale;
  t: Translate;
  /** Name of the logged-in citizen, if any. */
  citizenName?: string | null;
}

/**
 * The citizen portal's frame. The full Modello Comuni header, menu and footer belong to the portal
 * capability; this frame carries the parts every public page needs from day one.
 */
export function PortalLayout(
  props: PortalChrome & {
    title: string;
    description?: string;
    children?: JSX.Element | JSX.Element[] | string;
  },
): JSX.Element {
  const { t, tenant } = props;
  return (
    <Document
      locale={props.locale}
      title={`${props.title} · ${tenant.name}`}
      description={props.description ?? tenant.name}
    >
      <div class="skiplinks">
        <a class="visually-hidden-focusable" href="#main" safe>
          {t('common.skipToContent')}
        </a>
      </div>
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
                    {props.citizenName ? (
                      <a class="btn btn-primary btn-sm" href="/area-personale" safe>
                        {props.citizenName}
                      </a>
                    ) : (
                      <a
                        class="btn btn-primary btn-sm"
                        href="/accedi"
                        data-element="personal-area-login"
                        safe
                      >
                        {t('layout.personalArea')}
                      </a>
                    )}
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div class="it-header-center-wrapper">
          <div class="container">
            <div class="row">
              <div class="col-12">
                <div class="it-header-center-content-wrapper">
                  <div class="it-brand-wrapper">
                    <a href="/">
                      <div class="it-brand-text">
                        <div class="it-brand-title" safe>
                          {tenant.name}
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
      <main id="main" class="container my-5">
        {props.children as 'safe'}
      </main>
      <footer class="it-footer">
        <div class="it-footer-main">
          <div class="container">
            <div class="row py-4">
              <div class="col-12 col-md-6">
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
              <div class="col-12 col-md-6">
                <h2 class="h5 text-white" safe>
                  {t('layout.footerContacts')}
                </h2>
                <p class="text-white mb-1" safe>
                  {tenant.phone}
                </p>
                <p class="text-white mb-1" safe>
                  {`${t('layout.footerPec')}: ${tenant.pec}`}
                </p>
                <p class="mb-1">
                  <a class="text-white" href="/privacy" safe>
                    {t('layout.privacy')}
                  </a>
                </p>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </Document>
  );
}
