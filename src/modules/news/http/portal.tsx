import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatLongDate } from '../../../platform/i18n/format.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { sendStoredFile } from '../../../platform/storage/attachment-files.js';
import { attachmentDisposition, formatLabel, formatSize } from '../../../platform/validation/attachment.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { Pagination } from '../../../platform/views/list.js';
import { EmptyState, sendPortalPage, topicBySlug } from '../../portal/index.js';
import { NEWS_MANAGE } from '../policy.js';
import {
  getNewsById,
  getNewsPage,
  isVisible,
  KIND_CATEGORY,
  listLatestCards,
  listPublicNews,
  NEWS_PUBLIC_PATH,
  newsHref,
  newsImageUrl,
  pickVariant,
  srcset,
  stateOf,
} from '../queries.js';
import {
  NEWS_KINDS,
  type NewsAttachmentRow,
  type NewsKind,
  type NewsRow,
  newsAttachments,
} from '../schema.js';

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

const ListQuery = pageQuery({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  feedback: Type.Optional(Type.String({ maxLength: 20 })),
});
const ItemQuery = pageQuery({ feedback: Type.Optional(Type.String({ maxLength: 20 })) });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 120, pattern: SLUG }) });
const ImageParams = Type.Object({
  id: Type.String({ pattern: UUID }),
  file: Type.String({ maxLength: 12, pattern: '^[0-9]{2,4}\\.webp$' }),
});
const AttachmentParams = Type.Object({
  id: Type.String({ pattern: UUID }),
  filename: Type.String({ maxLength: 120 }),
});
const MediaQuery = pageQuery({ v: Type.Optional(Type.String({ maxLength: 32 })) });

/** A block of the light markup of a body: paragraph, list or subheading. */
type Block =
  | { type: 'p'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'h'; text: string; id: string };

/** Plain-text body to blocks: blank lines separate paragraphs, "- " lines make lists, "## " subheadings. */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  const ids = new Set<string>();
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ type: 'p', text: paragraph.join(' ') });
      if (items.length) blocks.push({ type: 'ul', items });
      paragraph = [];
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith('## ')) {
        flush();
        const text = line.slice(3).trim();
        let id = `sezione-${
          text
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'testo'
        }`;
        while (ids.has(id)) id += '-bis';
        ids.add(id);
        blocks.push({ type: 'h', text, id });
      } else if (line.startsWith('- ')) {
        if (paragraph.length) {
          blocks.push({ type: 'p', text: paragraph.join(' ') });
          paragraph = [];
        }
        items.push(line.slice(2).trim());
      } else {
        if (items.length) {
          blocks.push({ type: 'ul', items });
          items = [];
        }
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

function Body(props: { blocks: Block[] }): JSX.Element {
  return (
    <>
      {props.blocks.map((b) =>
        b.type === 'p' ? (
          <p safe>{b.text}</p>
        ) : b.type === 'ul' ? (
          <ul>
            {b.items.map((i) => (
              <li safe>{i}</li>
            ))}
          </ul>
        ) : (
          <h3 id={b.id} class="h5 mt-4" safe>
            {b.text}
          </h3>
        ),
      )}
    </>
  );
}

export const attachmentHref = (a: Pick<NewsAttachmentRow, 'id' | 'filename'>) =>
  `${NEWS_PUBLIC_PATH}/allegati/${a.id}/${a.filename}`;

function NewsImage(props: { item: NewsRow; sizes: string; eager?: boolean }): JSX.Element {
  const { item } = props;
  if (!item.image) return '';
  const main = pickVariant(item.image, 960);
  if (!main) return '';
  // `sizes` is missing from the JSX typings of <img>; a spread attribute passes it through.
  const extra: Record<string, string> = { sizes: props.sizes, ...(props.eager ? {} : { loading: 'lazy' }) };
  return (
    <img
      src={newsImageUrl(item.id, main.width, main.key)}
      srcset={srcset(item.id, item.image)}
      width={String(main.width)}
      height={String(main.height)}
      alt={item.imageAlt}
      class="img-fluid rounded"
      {...extra}
      decoding="async"
    />
  );
}

export interface NewsPageData {
  item: NewsRow;
  officeName: string | null;
  officeAddress: string | null;
  officePhone: string | null;
  officeEmail: string | null;
  attachments: NewsAttachmentRow[];
}

/** The Modello Comuni "notizia" page: title, kind and date, topics, image, text, documents, contacts. */
export function NewsArticle(props: {
  data: NewsPageData;
  t: Translate;
  locale: string;
  banner?: string;
}): JSX.Element {
  const { data, t, locale } = props;
  const { item } = data;
  const blocks = parseBody(item.body);
  const headings = blocks.filter((b): b is Extract<Block, { type: 'h' }> => b.type === 'h');
  const sections: Array<[string, string]> = [['contenuto', t('news.portal.content')]];
  if (data.attachments.length) sections.push(['allegati', t('news.portal.attachments')]);
  if (data.officeName) sections.push(['contatti', t('news.portal.contacts')]);
  const long = headings.length > 0 || item.body.length > 1500 || sections.length > 2;
  return (
    <article>
      {props.banner ? (
        <div class="alert alert-warning" role="status" safe>
          {props.banner}
        </div>
      ) : (
        ''
      )}
      <p class="mb-1">
        <span class="chip chip-simple chip-primary">
          <span class="chip-label" safe>
            {t(`news.kinds.${item.kind}`)}
          </span>
        </span>
      </p>
      <h1 class="mb-3" data-element="page-name" safe>
        {item.title}
      </h1>
      <p class="lead" safe>
        {item.summary}
      </p>
      <dl class="row small mb-3">
        <dt class="col-6 col-md-3" safe>
          {t('news.portal.published')}
        </dt>
        <dd class="col-6 col-md-9">
          <time datetime={item.publishAt.toISOString()} safe>
            {formatLongDate(item.publishAt, locale)}
          </time>
        </dd>
        {item.unpublishAt ? (
          <>
            <dt class="col-6 col-md-3" safe>
              {t('news.portal.expires')}
            </dt>
            <dd class="col-6 col-md-9">
              <time datetime={item.unpublishAt.toISOString()} safe>
                {formatLongDate(item.unpublishAt, locale)}
              </time>
            </dd>
          </>
        ) : (
          ''
        )}
      </dl>
      <div class="mb-4">
        <p class="mb-1 small" safe>
          {t('news.portal.topics')}
        </p>
        <ul class="list-inline mb-0">
          {item.topics.map((slug) => (
            <li class="list-inline-item mb-1">
              <a class="chip chip-simple" href={`/argomenti/${slug}`}>
                <span class="chip-label" safe>
                  {topicBySlug(slug)?.label ?? slug}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </div>
      {item.image ? (
        <figure class="mb-4">
          <NewsImage item={item} sizes="(min-width: 992px) 960px, 100vw" eager />
        </figure>
      ) : (
        ''
      )}
      <div class="row">
        {long ? (
          <aside class="col-12 col-lg-3 mb-4">
            <nav aria-labelledby="page-index-title">
              <h2 id="page-index-title" class="h6" safe>
                {t('news.portal.pageIndex')}
              </h2>
              <ul class="link-list list-unstyled" data-element="page-index">
                {sections.map(([id, label]) => (
                  <li>
                    <a class="list-item" href={`#${id}`}>
                      <span safe>{label}</span>
                    </a>
                    {id === 'contenuto' && headings.length ? (
                      <ul class="link-list list-unstyled ms-3">
                        {headings.map((h) => (
                          <li>
                            <a class="list-item" href={`#${h.id}`}>
                              <span safe>{h.text}</span>
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      ''
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </aside>
        ) : (
          ''
        )}
        <div class="col-12 col-lg-9">
          <section id="contenuto" class="mb-5" aria-labelledby="contenuto-title">
            <h2 id="contenuto-title" class="h4 mb-3" safe>
              {t('news.portal.content')}
            </h2>
            <Body blocks={blocks} />
          </section>
          {data.attachments.length ? (
            <section id="allegati" class="mb-5" aria-labelledby="allegati-title">
              <h2 id="allegati-title" class="h4 mb-3" safe>
                {t('news.portal.attachments')}
              </h2>
              <ul class="list-unstyled">
                {data.attachments.map((a) => (
                  <li class="mb-2">
                    <a href={attachmentHref(a)} safe>
                      {a.title}
                    </a>
                    <span class="small text-muted ms-2" safe>
                      {`(${t('news.portal.fileSize', { type: formatLabel(a.extension), size: formatSize(a.size, locale) })})`}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            ''
          )}
          {data.officeName ? (
            <section id="contatti" class="mb-5" aria-labelledby="contatti-title">
              <h2 id="contatti-title" class="h4 mb-3" safe>
                {t('news.portal.contacts')}
              </h2>
              <div class="card card-bg shadow-sm">
                <div class="card-body">
                  <p class="card-title h5 mb-2" safe>
                    {data.officeName}
                  </p>
                  {data.officeAddress ? (
                    <p class="mb-1" safe>
                      {data.officeAddress}
                    </p>
                  ) : (
                    ''
                  )}
                  {data.officePhone ? (
                    <p class="mb-1" safe>
                      {data.officePhone}
                    </p>
                  ) : (
                    ''
                  )}
                  {data.officeEmail ? (
                    <p class="mb-0">
                      <a href={`mailto:${data.officeEmail}`} safe>
                        {data.officeEmail}
                      </a>
                    </p>
                  ) : (
                    ''
                  )}
                </div>
              </div>
            </section>
          ) : (
            ''
          )}
          <p class="small text-muted">
            <span safe>{`${t('news.portal.updated')}: `}</span>
            <time datetime={item.updatedAt.toISOString()} safe>
              {formatLongDate(item.updatedAt, locale)}
            </time>
          </p>
        </div>
      </div>
    </article>
  );
}

/** Sends the portal page of one item (also the staff preview of a draft, with a banner). */
export function sendNewsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  data: NewsPageData,
  options: { banner?: string } = {},
): Promise<FastifyReply> {
  const { t, locale } = request;
  const category = KIND_CATEGORY[data.item.kind as NewsKind];
  if (options.banner) reply.header('x-robots-tag', 'noindex');
  return sendPortalPage(request, reply, {
    title: data.item.title,
    description: data.item.summary.slice(0, 300),
    breadcrumb: [
      { href: NEWS_PUBLIC_PATH, label: t('portal.news.title') },
      { href: `${NEWS_PUBLIC_PATH}/${category}`, label: t(`portal.newsCategories.${category}.title`) },
    ],
    feedback: !options.banner,
    children: (
      <NewsArticle
        data={data}
        t={t}
        locale={locale}
        {...(options.banner ? { banner: options.banner } : {})}
      />
    ),
  });
}

export function previewBanner(t: Translate, item: NewsRow): string {
  return t('news.admin.previewBanner', { state: t(`news.states.${stateOf(item)}`) });
}

function NewsCard(props: {
  item: Pick<
    NewsRow,
    'id' | 'kind' | 'slug' | 'title' | 'summary' | 'publishAt' | 'image' | 'imageAlt' | 'topics'
  >;
  t: Translate;
  locale: string;
  /** The card title's heading level: 2 on a category page, 3 under a section heading. */
  level?: 2 | 3;
}): JSX.Element {
  const { item, t, locale } = props;
  const variant = item.image ? pickVariant(item.image, 480) : null;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <div class="col-12 col-md-6 col-lg-4">
      <div class="card card-bg shadow-sm h-100">
        {variant ? (
          <img
            src={newsImageUrl(item.id, variant.width, variant.key)}
            width={String(variant.width)}
            height={String(variant.height)}
            alt={item.imageAlt}
            class="card-img-top img-fluid"
            loading="lazy"
            decoding="async"
          />
        ) : (
          ''
        )}
        <div class="card-body">
          <p class="small mb-2">
            <span class="text-uppercase fw-semibold me-2" safe>
              {t(`news.kinds.${item.kind}`)}
            </span>
            <time datetime={item.publishAt.toISOString()} safe>
              {formatLongDate(item.publishAt, locale)}
            </time>
          </p>
          <Heading class="card-title h5">
            <a class="text-decoration-none" href={newsHref(item.kind, item.slug)} safe>
              {item.title}
            </a>
          </Heading>
          <p class="card-text" safe>
            {item.summary}
          </p>
        </div>
      </div>
    </div>
  );
}

/** "Ultime novità" for the Novità page: the newest visible items of every kind, as cards. */
export async function latestNewsBlock(
  database: Database,
  request: FastifyRequest,
): Promise<JSX.Element | null> {
  const { t, locale } = request;
  const tenantId = tenantOf(request).id;
  const rows = await withTenant(database, tenantId, (tx) => listLatestCards(tx, tenantId, 6));
  if (rows.length === 0) return null;
  return (
    <section class="mt-5" aria-labelledby="latest-news-title">
      <h2 id="latest-news-title" class="h3 mb-4" safe>
        {t('news.portal.latest')}
      </h2>
      <div class="row g-4">
        {rows.map((item) => (
          <NewsCard item={item} t={t} locale={locale} level={3} />
        ))}
      </div>
    </section>
  );
}

const sendFile = sendStoredFile;

export function registerNewsPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { database } = ctx;

  for (const kind of NEWS_KINDS) {
    const category = KIND_CATEGORY[kind];
    const path = `${NEWS_PUBLIC_PATH}/${category}`;

    // The category page, with content: registered as a static path it takes precedence over the
    // portal's generic `/novita/:slug` category page (same title and intro, same breadcrumb).
    app.get(path, { schema: { querystring: ListQuery } }, async (request, reply) => {
      const { t, locale } = request;
      const page = (request.query as { page?: number }).page ?? 1;
      const tenantId = tenantOf(request).id;
      const result = await withTenant(database, tenantId, (tx) => listPublicNews(tx, tenantId, kind, page));
      if (page > 1 && result.rows.length === 0) throw new AppError('NOT_FOUND');
      const title = t(`portal.newsCategories.${category}.title`);
      return sendPortalPage(request, reply, {
        title,
        description: t(`portal.newsCategories.${category}.text`),
        breadcrumb: [{ href: NEWS_PUBLIC_PATH, label: t('portal.news.title') }],
        feedback: true,
        children: (
          <>
            <h1 data-element="page-name" safe>
              {title}
            </h1>
            <p class="lead mb-4" safe>
              {t(`portal.newsCategories.${category}.text`)}
            </p>
            {result.total === 0 ? (
              <EmptyState text={t('portal.empty')} />
            ) : (
              <>
                <p role="status" safe>
                  {t('news.portal.count', { count: result.total })}
                </p>
                <div class="row g-4 mb-4">
                  {result.rows.map((item) => (
                    <NewsCard item={item} t={t} locale={locale} />
                  ))}
                </div>
                <Pagination base={path} query={{}} info={result} t={t} />
              </>
            )}
          </>
        ),
      });
    });

    app.get(
      `${path}/:slug`,
      { schema: { params: SlugParams, querystring: ItemQuery } },
      async (request, reply) => {
        const { slug } = request.params as { slug: string };
        const tenantId = tenantOf(request).id;
        const data = await withTenant(database, tenantId, (tx) => getNewsPage(tx, tenantId, kind, slug));
        if (!data) throw new AppError('NOT_FOUND');
        return sendNewsPage(request, reply, data);
      },
    );
  }

  // Images: the stored WebP of one width. Public once the item is visible; staff see drafts' images too.
  app.get(
    `${NEWS_PUBLIC_PATH}/immagini/:id/:file`,
    { schema: { params: ImageParams, querystring: MediaQuery } },
    async (request, reply) => {
      const { id, file } = request.params as { id: string; file: string };
      const width = Number(file.replace('.webp', ''));
      const tenantId = tenantOf(request).id;
      const found = await withTenant(database, tenantId, async (tx) => {
        const item = await getNewsById(tx, tenantId, id);
        return item ? { item, visible: await isVisible(tx, tenantId, id) } : null;
      });
      const staff = can(request.actor, NEWS_MANAGE);
      if (!found || (!found.visible && !staff)) throw new AppError('NOT_FOUND');
      const variant = found.item.image?.variants.find((v) => v.width === width);
      const body = variant ? await ctx.storage.get(variant.key) : null;
      if (!body) throw new AppError('NOT_FOUND');
      return sendFile(request, reply, body, 'image/webp', { publicCache: found.visible });
    },
  );

  app.get(
    `${NEWS_PUBLIC_PATH}/allegati/:id/:filename`,
    { schema: { params: AttachmentParams, querystring: MediaQuery } },
    async (request, reply) => {
      const { id, filename } = request.params as { id: string; filename: string };
      const tenantId = tenantOf(request).id;
      const found = await withTenant(database, tenantId, async (tx) => {
        const [attachment] = await tx
          .select()
          .from(newsAttachments)
          .where(and(eq(newsAttachments.tenantId, tenantId), eq(newsAttachments.id, id)))
          .limit(1);
        if (!attachment) return null;
        return { attachment, visible: await isVisible(tx, tenantId, attachment.newsId) };
      });
      const staff = can(request.actor, NEWS_MANAGE);
      if (!found || found.attachment.filename !== filename || (!found.visible && !staff))
        throw new AppError('NOT_FOUND');
      const body = await ctx.storage.get(found.attachment.storageKey);
      if (!body) throw new AppError('NOT_FOUND');
      return sendFile(request, reply, body, found.attachment.mime, {
        publicCache: found.visible,
        disposition: attachmentDisposition(found.attachment.extension, found.attachment.filename),
      });
    },
  );
}
