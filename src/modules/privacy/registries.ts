import type { Tx } from '../../platform/db/client.js';

/**
 * What other modules plug into the privacy module (through index.ts): optional consent purposes,
 * their share of a citizen's data export, how they erase a citizen, and what they keep for how long.
 * Registries are process-wide and filled at import time, before routes are built.
 */

// ---------------------------------------------------------------------------------------------
// Consent purposes
// ---------------------------------------------------------------------------------------------

/** The acknowledgement of the privacy notice: recorded like a consent, but not optional. */
export const NOTICE_PURPOSE = 'privacy_notice';

export interface ConsentPurpose {
  /** Stable code stored in consent.purpose: lowercase letters, digits and underscores. */
  key: string;
  /** i18n key of the purpose's name. */
  label: string;
  /** i18n key of a sentence saying what the citizen agrees to. */
  description?: string;
}

const PURPOSE_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const purposes = new Map<string, ConsentPurpose>();

/** Adds an optional purpose citizens can grant and withdraw from /area-personale/consensi. */
export function registerConsentPurpose(purpose: ConsentPurpose): void {
  if (!PURPOSE_KEY.test(purpose.key) || purpose.key === NOTICE_PURPOSE)
    throw new Error(`invalid consent purpose key: ${purpose.key}`);
  purposes.set(purpose.key, purpose);
}

export function consentPurposes(): ConsentPurpose[] {
  return [...purposes.values()];
}

export function consentPurpose(key: string): ConsentPurpose | undefined {
  return purposes.get(key);
}

// ---------------------------------------------------------------------------------------------
// Data export and erasure
// ---------------------------------------------------------------------------------------------

/** A module's share of "download all my data": plain JSON-serialisable data, no secrets. */
export type PersonalDataExporter = (tx: Tx, tenantId: string, citizenId: string) => Promise<unknown>;

/**
 * A module's part of an erasure, run in the erasure's transaction before the citizen row is deleted:
 * delete what may go, pseudonymise what the law says must stay (protocol records, payments), and
 * return a summary of counts for the request's outcome (never the erased data itself).
 */
export type PersonalDataEraser = (tx: Tx, tenantId: string, citizenId: string) => Promise<unknown>;

const exporters = new Map<string, PersonalDataExporter>();
const erasers = new Map<string, PersonalDataEraser>();

const NAME = /^[a-z][a-zA-Z0-9_.-]{0,59}$/;

function add<T>(map: Map<string, T>, kind: string, name: string, fn: T): () => void {
  if (!NAME.test(name)) throw new Error(`invalid ${kind} name: ${name}`);
  if (map.has(name)) throw new Error(`${kind} already registered: ${name}`);
  map.set(name, fn);
  return () => {
    if (map.get(name) === fn) map.delete(name);
  };
}

/** Registers a module's data for the citizen's export; returns a function that removes it again. */
export function registerPersonalDataExporter(name: string, exporter: PersonalDataExporter): () => void {
  return add(exporters, 'personal data exporter', name, exporter);
}

/** Registers a module's erasure step; returns a function that removes it again. */
export function registerPersonalDataEraser(name: string, eraser: PersonalDataEraser): () => void {
  return add(erasers, 'personal data eraser', name, eraser);
}

export function personalDataExporters(): Array<[string, PersonalDataExporter]> {
  return [...exporters];
}

export function personalDataErasers(): Array<[string, PersonalDataEraser]> {
  return [...erasers];
}

// ---------------------------------------------------------------------------------------------
// Retention
// ---------------------------------------------------------------------------------------------

export interface RetentionKind {
  /** Stored in retention_policy.data_kind. */
  key: string;
  /** i18n keys of the name and of what exactly is deleted, and when. */
  label: string;
  description: string;
  defaultDays: number;
  minDays: number;
  maxDays: number;
  /** Deletes this tenant's rows older than `cutoff`; returns how many went. */
  purge: (tx: Tx, tenantId: string, cutoff: Date) => Promise<number>;
}

const retentionKinds = new Map<string, RetentionKind>();

/** Adds a kind of data the nightly purge deletes after the days the Comune sets. */
export function registerRetentionKind(kind: RetentionKind): void {
  if (!PURPOSE_KEY.test(kind.key)) throw new Error(`invalid retention kind: ${kind.key}`);
  if (!(kind.minDays >= 1 && kind.minDays <= kind.defaultDays && kind.defaultDays <= kind.maxDays))
    throw new Error(`retention kind ${kind.key}: expected 1 <= min <= default <= max`);
  retentionKinds.set(kind.key, kind);
}

export function retentionKindList(): RetentionKind[] {
  return [...retentionKinds.values()];
}
