import { can } from './auth/policy.js';
import type { Actor } from './http/types.js';
import type { Translate } from './i18n/index.js';
import type { BackofficeNavEntry } from './module.js';
import type { NavItem } from './views/backoffice-layout.js';

const entries: BackofficeNavEntry[] = [];

export function registerBackofficeNav(list: BackofficeNavEntry[]): void {
  for (const entry of list) if (!entries.some((e) => e.href === entry.href)) entries.push(entry);
  entries.sort((a, b) => a.order - b.order);
}

/** The menu a staff member sees: only what their roles allow. */
export function backofficeNavFor(actor: Actor, t: Translate): NavItem[] {
  if (actor.kind !== 'staff') return [];
  return entries
    .filter((e) => e.permission === null || can(actor, e.permission))
    .map((e) => ({ href: e.href, label: t(e.label), icon: e.icon }));
}
