import type { FastifyInstance } from 'fastify';
import { FAQ } from '../faq.js';
import { PortalPageQuery } from './home.js';
import { sendPortalPage } from './page.js';

/** The licence sentence the Modello Comuni requires, word for word (C.SI.3.4). */
export const LEGAL_NOTES_BODY =
  'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.';

/** Note legali, FAQ and Segnalazione disservizio (the site search is in search.tsx). */
export function registerInfoRoutes(app: FastifyInstance): void {
  app.get('/note-legali', { schema: { querystring: PortalPageQuery } }, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.legal.title'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 safe>{t('portal.legal.title')}</h1>
          <h2 class="h3 mt-4" data-element="legal-notes-section">
            Licenza dei contenuti
          </h2>
          <p data-element="legal-notes-body">{LEGAL_NOTES_BODY}</p>
        </>
      ),
    });
  });

  app.get('/faq', { schema: { querystring: PortalPageQuery } }, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.faq.title'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 safe>{t('portal.faq.title')}</h1>
          <p class="lead mb-4" safe>
            {t('portal.faq.intro')}
          </p>
          <div class="accordion">
            {FAQ.map((item) => (
              <details class="accordion-item">
                <summary class="accordion-header">
                  <h2 class="accordion-button collapsed h5 mb-0" safe>
                    {item.question}
                  </h2>
                </summary>
                <div class="accordion-body">
                  <p class="mb-0" safe>
                    {item.answer}
                  </p>
                </div>
              </details>
            ))}
          </div>
        </>
      ),
    });
  });

  app.get(
    '/segnalazione-disservizio',
    { schema: { querystring: PortalPageQuery } },
    async (request, reply) => {
      const { t, tenant } = request;
      const email = tenant?.email ?? '';
      return sendPortalPage(request, reply, {
        title: t('portal.report.title'),
        breadcrumb: [],
        feedback: true,
        children: (
          <>
            <h1 safe>{t('portal.report.title')}</h1>
            <p class="lead mb-4" safe>
              {t('portal.report.intro')}
            </p>
            <h2 class="h4" safe>
              {t('portal.report.fields')}
            </h2>
            <ul class="mb-4">
              <li safe>{t('portal.report.field1')}</li>
              <li safe>{t('portal.report.field2')}</li>
              <li safe>{t('portal.report.field3')}</li>
              <li safe>{t('portal.report.field4')}</li>
            </ul>
            <a class="btn btn-primary" href={`mailto:${email}?subject=Segnalazione%20disservizio`} safe>
              {t('portal.report.write')}
            </a>
          </>
        ),
      });
    },
  );
}
