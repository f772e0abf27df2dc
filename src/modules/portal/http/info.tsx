import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { pageQuery } from '../../../platform/validation/query.js';
import { FAQ } from '../faq.js';
import { TOPICS } from '../topics.js';
import { PortalPageQuery } from './home.js';
import { sendPortalPage } from './page.js';

/** The licence sentence the Modello Comuni requires, word for word (C.SI.3.4). */
export const LEGAL_NOTES_BODY =
  'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.';

const SearchQuery = pageQuery({ q: Type.Optional(Type.String({ maxLength: 100 })) });

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Note legali, FAQ, Segnalazione disservizio and the site search. */
export function registerInfoRoutes(app: FastifyInstance): void {
  app.get('/note-legali', { schema: { querystring: PortalPageQuery } }, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.legal.title'),
      breadcrumb: [],
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

  app.get('/cerca', { schema: { querystring: SearchQuery } }, async (request, reply) => {
    const { t } = request;
    const q = ((request.query as { q?: string }).q ?? '').trim();
    const pages = [
      { href: '/amministrazione', label: t('portal.management.title') },
      { href: '/novita', label: t('portal.news.title') },
      { href: '/servizi', label: t('layout.navServices') },
      { href: '/vivere-il-comune', label: t('portal.live.title') },
      { href: '/amministrazione/uffici', label: t('portal.managementCategories.uffici.title') },
      { href: '/faq', label: t('portal.faq.title') },
      { href: '/note-legali', label: t('portal.legal.title') },
      ...TOPICS.map((topic) => ({ href: `/argomenti/${topic.slug}`, label: topic.label })),
    ];
    const needle = fold(q);
    const results = q ? pages.filter((p) => fold(p.label).includes(needle)) : [];
    return sendPortalPage(request, reply, {
      title: t('portal.search.title'),
      breadcrumb: [],
      children: (
        <>
          <h1 safe>{t('portal.search.title')}</h1>
          <form method="get" action="/cerca" class="row g-2 mb-4">
            <div class="col-12 col-md-8 form-group">
              <label for="search-q" class="active" safe>
                {t('portal.search.label')}
              </label>
              <input type="search" class="form-control" id="search-q" name="q" value={q} maxlength="100" />
            </div>
            <div class="col-12 col-md-4 d-flex align-items-end">
              <button type="submit" class="btn btn-primary" safe>
                {t('portal.search.submit')}
              </button>
            </div>
          </form>
          {q ? (
            <>
              <h2 class="h4" safe>
                {t('portal.search.results', { q })}
              </h2>
              {results.length === 0 ? (
                <p safe>{t('portal.search.none')}</p>
              ) : (
                <ul class="link-list">
                  {results.map((r) => (
                    <li>
                      <a class="list-item" href={r.href} safe>
                        {r.label}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            ''
          )}
        </>
      ),
    });
  });
}
