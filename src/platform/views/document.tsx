import type { Locale } from '../i18n/index.js';
import { asset, BOOTSTRAP_ITALIA_VERSION } from './assets.js';

export interface DocumentProps {
  locale: Locale;
  title: string;
  description?: string;
  /** Extra scripts (external only: the CSP forbids inline scripts). */
  scripts?: string[];
  htmx?: boolean;
  /** Extra <link>/<meta> elements for <head> (the portal's web app manifest and theme colour). */
  head?: JSX.Element | string;
  bodyClass?: string;
  children?: JSX.Element | JSX.Element[] | string;
}

/** The HTML document shared by portal and back office: Bootstrap Italia, self-hosted, no inline script. */
export function Document(props: DocumentProps): JSX.Element {
  return (
    <>
      {'<!doctype html>'}
      <html lang={props.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{props.title}</title>
          {props.description ? <meta name="description" content={props.description} /> : ''}
          <meta name="bootstrap-italia-version" content={BOOTSTRAP_ITALIA_VERSION} />
          <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
          {(props.head ?? '') as 'safe'}
          <link rel="stylesheet" href={asset.biCss} />
          <link rel="preload" href={asset.bodyFont} as="font" type="font/woff2" crossorigin="anonymous" />
          <link rel="stylesheet" href={asset.biFonts} />
          <link rel="stylesheet" href={asset.appCss} />
          <script src={asset.appInit} defer></script>
          <script src={asset.biJs} defer></script>
          {props.htmx ? <script src={asset.htmx} defer></script> : ''}
          {(props.scripts ?? []).map((src) => (
            <script src={src} defer></script>
          ))}
        </head>
        {/* children: markup already rendered by components, whose own expressions the XSS scan checks */}
        <body class={props.bodyClass}>{props.children as 'safe'}</body>
      </html>
    </>
  );
}
