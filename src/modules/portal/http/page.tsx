import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../../platform/http/server.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { FeedbackForm } from '../views/feedback.js';

/** The query string every portal page accepts: the language switch. */
export interface PortalQuery {
  lang?: string;
}

/**
 * Sends a portal page in the Modello Comuni frame; `feedback` adds the rating component above the
 * footer (home, first- and second-level pages).
 */
export function sendPortalPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: {
    title: string;
    description?: string;
    breadcrumb?: Array<{ href: string; label: string }>;
    feedback?: boolean;
    status?: number;
    children: JSX.Element | JSX.Element[] | string;
  },
): Promise<FastifyReply> {
  const chrome = portalChrome(request, reply);
  return sendPage(
    reply,
    <PortalLayout
      {...chrome}
      title={page.title}
      description={page.description}
      breadcrumb={page.breadcrumb}
      beforeFooter={
        page.feedback ? (
          <FeedbackForm t={chrome.t} page={chrome.path ?? '/'} csrfToken={chrome.csrfToken ?? ''} />
        ) : (
          ''
        )
      }
    >
      {page.children as 'safe'}
    </PortalLayout>,
    page.status,
  );
}

/** The honest empty state of a section whose content comes later. */
export function EmptyState(props: { text: string }): JSX.Element {
  return (
    <div class="alert alert-info my-4" role="status">
      <p class="mb-0" safe>
        {props.text}
      </p>
    </div>
  );
}

/** A card linking to a page: the link text is only the title (the checker compares it exactly). */
export function LinkCard(props: {
  title: string;
  text?: string;
  href: string;
  element?: string;
}): JSX.Element {
  return (
    <div class="col-12 col-md-6 col-lg-4">
      <div class="card card-bg shadow-sm h-100">
        <div class="card-body">
          <h3 class="card-title h5">
            <a class="text-decoration-none" href={props.href} data-element={props.element} safe>
              {props.title}
            </a>
          </h3>
          {props.text ? (
            <p class="card-text" safe>
              {props.text}
            </p>
          ) : (
            ''
          )}
        </div>
      </div>
    </div>
  );
}
