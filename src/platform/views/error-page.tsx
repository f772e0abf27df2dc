import type { Locale, Translate } from '../i18n/index.js';
import { Document } from './document.js';

/**
 * Error page that needs no Comune (an unknown host has none) and no database: it must render even when
 * everything else is failing.
 */
export function ErrorPage(props: {
  locale: Locale;
  t: Translate;
  status: number;
  title: string;
  message: string;
  requestId: string;
}): JSX.Element {
  return (
    <Document locale={props.locale} title={props.title}>
      <main id="main" class="container my-5">
        <div class="row">
          <div class="col-12 col-lg-8">
            <h1 class="mb-3" safe>
              {props.title}
            </h1>
            <p class="lead" safe>
              {props.message}
            </p>
            <p>
              <a class="btn btn-primary" href="/" safe>
                {props.t('errors.goHome')}
              </a>
            </p>
            <p class="text-muted small" safe>
              {props.t('errors.requestId', { id: props.requestId })}
            </p>
          </div>
        </div>
      </main>
    </Document>
  );
}
