import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireCitizen } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { formFromError, formValues } from '../../../platform/validation/forms.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  emptyForm,
  type FormState,
} from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { TOPICS } from '../../portal/index.js';
import { PERSONAL_AREA_PATH, PersonalAreaFrame } from '../../privacy/index.js';
import { CHANNELS, readPreferences, savePreferences } from '../preferences.js';
import { PREFERENCES_PATH, SECTIONS, type SectionDefinition, sectionProviders } from '../sections.js';

const Multi = Type.Optional(
  Type.Union([
    Type.String({ maxLength: 100 }),
    Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 }),
  ]),
);
const PreferencesBody = Type.Object({ channels: Multi, topics: Multi }, { additionalProperties: false });
const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

const FLASHES: Record<string, string> = {
  saved: 'account.preferences.saved',
  unchanged: 'account.preferences.unchanged',
};

function citizenOf(request: FastifyRequest): { tenantId: string; citizenId: string } {
  if (request.actor.kind !== 'citizen') throw new AppError('UNAUTHENTICATED');
  return { tenantId: tenantOf(request).id, citizenId: request.actor.id };
}

/**
 * The personal area's sections (Messaggi, Attività, Pratiche, Appuntamenti, Segnalazioni) and the
 * notification preferences. Every page is for the logged-in citizen only; the privacy module's gate
 * sends them to the notice first when a new version is in force.
 */
export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: requireCitizen };

  for (const section of SECTIONS) {
    app.get(section.path, guard, async (request, reply) => renderSection(request, reply, section));
  }

  async function renderSection(request: FastifyRequest, reply: FastifyReply, section: SectionDefinition) {
    const chrome = portalChrome(request, reply);
    const { t } = chrome;
    const citizen = citizenOf(request);
    const filled: string[] = [];
    for (const provider of sectionProviders(section.key)) {
      const content = await provider(request, citizen);
      if (content !== null) filled.push(await content);
    }
    const title = t(`account.sections.${section.key}.title`);
    return sendPage(
      reply,
      <PortalLayout
        {...chrome}
        title={title}
        breadcrumb={[{ href: PERSONAL_AREA_PATH, label: t('privacy.area.title') }]}
      >
        <PersonalAreaFrame t={t} csrfToken={chrome.csrfToken ?? ''} current={section.path} title={title}>
          <p safe>{t(`account.sections.${section.key}.intro`)}</p>
          {filled.length > 0 ? (
            (filled.join('') as 'safe')
          ) : (
            <div class="callout note" data-empty-state={section.key}>
              <p class="mb-2" safe>
                {t(`account.sections.${section.key}.empty`)}
              </p>
              <a href={section.actionHref} safe>
                {t(`account.sections.${section.key}.action`)}
              </a>
            </div>
          )}
        </PersonalAreaFrame>
      </PortalLayout>,
    );
  }

  async function renderPreferences(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { form?: FormState; flash?: string | undefined; status?: number } = {},
  ) {
    const chrome = portalChrome(request, reply);
    const { t, locale } = chrome;
    const citizen = citizenOf(request);
    const current = await withTenant(ctx.database, citizen.tenantId, (tx) =>
      readPreferences(tx, citizen.tenantId, citizen.citizenId),
    );
    const form = opts.form ?? emptyForm({ channels: current.channels, topics: current.topics });
    const labels = {
      channels: t('account.preferences.channelsLegend'),
      topics: t('account.preferences.topicsLegend'),
    };
    const title = t('account.preferences.title');
    return sendPage(
      reply,
      <PortalLayout
        {...chrome}
        title={title}
        breadcrumb={[{ href: PERSONAL_AREA_PATH, label: t('privacy.area.title') }]}
      >
        <PersonalAreaFrame t={t} csrfToken={chrome.csrfToken ?? ''} current={PREFERENCES_PATH} title={title}>
          <Flash message={opts.flash} />
          <p safe>{t('account.preferences.intro')}</p>
          <p class="small text-muted" safe>
            {current.changedAt
              ? t('account.preferences.lastChange', { date: formatDateTime(current.changedAt, locale) })
              : t('account.preferences.neverSaved')}
          </p>
          <ErrorSummary form={form} t={t} labels={labels} />
          <form method="post" action={PREFERENCES_PATH} novalidate>
            <CsrfField token={chrome.csrfToken ?? ''} />
            <CheckboxGroup
              form={form}
              t={t}
              name="channels"
              legend={labels.channels}
              options={CHANNELS.map((c) => ({ value: c, label: t(`account.preferences.channels.${c}`) }))}
            />
            <p class="small">
              <a href={`${PERSONAL_AREA_PATH}#contacts-heading`} safe>
                {t('account.preferences.contactsLink')}
              </a>
            </p>
            <p class="small text-muted mb-1" safe>
              {t('account.preferences.topicsHint')}
            </p>
            <div class="preferences-topics">
              <CheckboxGroup
                form={form}
                t={t}
                name="topics"
                legend={labels.topics}
                options={TOPICS.map((topic) => ({ value: topic.slug, label: topic.label }))}
              />
            </div>
            <button type="submit" class="btn btn-primary" safe>
              {t('account.preferences.save')}
            </button>
          </form>
        </PersonalAreaFrame>
      </PortalLayout>,
      opts.status ?? 200,
    );
  }

  app.get(PREFERENCES_PATH, { ...guard, schema: { querystring: FlashQuery } }, async (request, reply) => {
    const { ok } = request.query as { ok?: string };
    return renderPreferences(request, reply, {
      flash: ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined,
    });
  });

  app.post(
    PREFERENCES_PATH,
    { ...guard, schema: { body: PreferencesBody }, attachValidation: true },
    async (request, reply) => {
      const values = formValues(request.body);
      if (request.validationError)
        return renderPreferences(request, reply, {
          form: {
            values,
            errors: [{ path: 'channels', code: 'invalid', message: 'account.preferences.errors.channel' }],
          },
          status: 400,
        });
      const citizen = citizenOf(request);
      const body = (request.body ?? {}) as { channels?: unknown; topics?: unknown };
      try {
        const { changed } = await savePreferences(ctx.database, citizen.tenantId, citizen.citizenId, {
          channels: body.channels,
          topics: body.topics,
        });
        return reply.redirect(`${PREFERENCES_PATH}?ok=${changed ? 'saved' : 'unchanged'}`, 303);
      } catch (err) {
        return renderPreferences(request, reply, { form: formFromError(err, values), status: 400 });
      }
    },
  );
}
