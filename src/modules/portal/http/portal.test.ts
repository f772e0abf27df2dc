import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestTenant, testApp, testDatabase } from '../../../../test/helpers/context.js';
import { createTestOffice } from '../../../../test/helpers/staff.js';
import { invalidateTenantCache, tenants } from '../../tenancy/index.js';
import { TOPICS } from '../topics.js';
import { LEGAL_NOTES_BODY } from './info.js';

const MODEL_TOPICS =
  "Accesso all'informazione · Acqua · Agricoltura · Anagrafe · Animale domestico · Aria · Assistenza agli invalidi · Assistenza sociale · Associazioni · Bilancio · Commercio al minuto · Commercio all'ingrosso · Commercio ambulante · Comunicazione istituzionale · Comunicazione politica · Concorsi · Covid-19 · Elezioni · Energie rinnovabili · Estero · Foreste · Formazione professionale · Gemellaggi · Gestione rifiuti · Giustizia · Igiene pubblica · Immigrazione · Imposte · Imprese · Inquinamento · Integrazione sociale · Isolamento termico · Istruzione · Lavoro · Matrimonio · Mercato · Mobilità sostenibile · Morte · Nascita · Parcheggi · Patrimonio culturale · Pesca · Piano di sviluppo · Pista ciclabile · PNRR · Politica commerciale · Polizia · Prodotti alimentari · Protezione civile · Residenza · Risposta alle emergenze · Sistema giuridico · Spazio Verde · Sport · Sviluppo sostenibile · Tassa sui servizi · Tempo libero · Trasparenza amministrativa · Trasporto pubblico · Turismo · Urbanizzazione · Viaggi · Zone pedonali · ZTL".split(
    ' · ',
  );

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .trim();

/** The trimmed text of every element carrying data-element="name". */
function elementTexts(html: string, name: string): string[] {
  const re = new RegExp(`<(\\w+)[^>]*data-element="${name}"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...html.matchAll(re)].map((m) => decode(m[2] ?? ''));
}

function hrefOf(html: string, name: string): string | undefined {
  const tag = new RegExp(`<a[^>]*data-element="${name}"[^>]*>`).exec(html)?.[0];
  return tag ? /href="([^"]*)"/.exec(tag)?.[1] : undefined;
}

async function get(host: string, url: string) {
  const { app } = await testApp();
  return app.inject({ url, headers: { host } });
}

test('home: the four first-level items once each, with the exact labels, plus topics and login links', async () => {
  const tenant = await createTestTenant();
  const res = await get(tenant.host, '/');
  assert.equal(res.statusCode, 200);
  const html = res.body;
  const expected: Record<string, [string, string]> = {
    management: ['Amministrazione', '/amministrazione'],
    news: ['Novità', '/novita'],
    'all-services': ['Servizi', '/servizi'],
    live: ['Vivere il Comune', '/vivere-il-comune'],
  };
  for (const [element, [label, href]] of Object.entries(expected)) {
    assert.deepEqual(elementTexts(html, element), [label], element);
    assert.equal(hrefOf(html, element), href);
  }
  assert.equal(hrefOf(html, 'all-topics'), '/argomenti');
  assert.equal(hrefOf(html, 'personal-area-login'), '/accedi');
  assert.equal(elementTexts(html, 'custom-submenu').length, 0);
  assert.match(html, /href="\?lang=en"/);
  assert.match(html, /href="\?lang=de"/);
  assert.match(html, /href="\/cerca"/);
  assert.match(html, /src="\/static\/app\/img\/emblem\.svg"/);
  // No href may contain "www" or "http" unless absolute (the checker's rule 4).
  for (const [, href] of html.matchAll(/href="([^"]*)"/g))
    if (!/^(https:\/\/|mailto:)/.test(href ?? ''))
      assert.doesNotMatch(String(href), /www|http/, String(href));
});

test('home: the footer carries the five links with the labels the checker accepts', async () => {
  const tenant = await createTestTenant();
  const html = (await get(tenant.host, '/')).body;
  const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
  assert.deepEqual(elementTexts(footer, 'faq'), ['Leggi le FAQ']);
  assert.equal(hrefOf(footer, 'faq'), '/faq');
  assert.deepEqual(elementTexts(footer, 'report-inefficiency'), ['Segnalazione disservizio']);
  assert.equal(hrefOf(footer, 'report-inefficiency'), '/segnalazione-disservizio');
  assert.equal(hrefOf(footer, 'privacy-policy-link'), '/privacy');
  assert.equal(hrefOf(footer, 'legal-notes'), '/note-legali');
  assert.equal(hrefOf(footer, 'accessibility-link'), 'https://form.agid.gov.it/');
  assert.match(footer, /PEC/);
  assert.match(footer, /Codice fiscale: 00000000000/);
  for (const url of ['/faq', '/segnalazione-disservizio', '/note-legali', '/privacy'])
    assert.equal((await get(tenant.host, url)).statusCode, 200, url);
});

test('home, first- and second-level pages carry the rating component with the exact texts', async () => {
  const tenant = await createTestTenant();
  const pages = [
    '/',
    '/amministrazione',
    '/novita',
    '/vivere-il-comune',
    '/argomenti',
    '/amministrazione/uffici',
    '/amministrazione/organi-di-governo',
    '/novita/avvisi',
    '/argomenti/anagrafe',
    '/faq',
  ];
  for (const url of pages) {
    const res = await get(tenant.host, url);
    assert.equal(res.statusCode, 200, url);
    const html = res.body;
    assert.equal((html.match(/data-element="feedback"/g) ?? []).length, 1, url);
    assert.deepEqual(elementTexts(html, 'feedback-title'), [
      'Quanto sono chiare le informazioni su questa pagina?',
    ]);
    for (let i = 1; i <= 5; i++)
      assert.match(html, new RegExp(`<label[^>]*data-element="feedback-rate-${i}"`));
    assert.match(html, /<fieldset[^>]*data-element="feedback-rating-positive"/);
    assert.match(html, /<fieldset[^>]*data-element="feedback-rating-negative"/);
    assert.deepEqual(elementTexts(html, 'feedback-rating-question'), [
      'Quali sono stati gli aspetti che hai preferito?',
      'Dove hai incontrato le maggiori difficoltà?',
    ]);
    assert.deepEqual(elementTexts(html, 'feedback-rating-answer'), [
      'Le indicazioni erano chiare',
      'Le indicazioni erano complete',
      'Capivo sempre che stavo procedendo correttamente',
      'Non ho avuto problemi tecnici',
      'Altro',
      'A volte le indicazioni non erano chiare',
      'A volte le indicazioni non erano complete',
      'A volte non capivo se stavo procedendo correttamente',
      'Ho avuto problemi tecnici',
      'Altro',
    ]);
    assert.match(html, /<input[^>]*data-element="feedback-input-text"/);
    assert.match(html, /src="\/static\/app\/js\/feedback\.js"/);
    assert.match(html, /<footer/);
  }
});

test('Amministrazione and Novità link their categories with the dictionary titles', async () => {
  const tenant = await createTestTenant();
  const management = (await get(tenant.host, '/amministrazione')).body;
  assert.deepEqual(elementTexts(management, 'management-category-link'), [
    'Organi di governo',
    'Aree amministrative',
    'Uffici',
    'Enti e fondazioni',
    'Politici',
    'Personale amministrativo',
    'Documenti e dati',
  ]);
  for (const [, href] of management.matchAll(
    /data-element="management-category-link"[^>]*|href="(\/amministrazione\/[^"]+)"/g,
  ))
    if (href) assert.equal((await get(tenant.host, href)).statusCode, 200, href);
  const news = (await get(tenant.host, '/novita')).body;
  assert.deepEqual(elementTexts(news, 'news-category-link'), ['Notizie', 'Comunicati', 'Avvisi']);
  const notices = (await get(tenant.host, '/novita/notizie')).body;
  assert.match(notices, /Al momento non ci sono contenuti/);
  assert.match(notices, /class="breadcrumb p-0"/);
  assert.equal((await get(tenant.host, '/amministrazione/sconosciuta')).statusCode, 404);
  const live = (await get(tenant.host, '/vivere-il-comune')).body;
  assert.equal(hrefOf(live, 'live-button-locations'), '/vivere-il-comune/luoghi');
  assert.equal(hrefOf(live, 'live-button-events'), '/vivere-il-comune/eventi');
});

test('Uffici lists the offices of this Comune only, with their hours', async () => {
  const tenant = await createTestTenant();
  const other = await createTestTenant();
  await createTestOffice(tenant, 'Ufficio Anagrafe');
  await createTestOffice(other, 'Ufficio Altrove');
  const html = (await get(tenant.host, '/amministrazione/uffici')).body;
  assert.match(html, /Ufficio Anagrafe/);
  assert.match(html, /Orari non indicati/);
  assert.doesNotMatch(html, /Ufficio Altrove/);
  const empty = (await get((await createTestTenant()).host, '/amministrazione/uffici')).body;
  assert.match(empty, /Non ci sono ancora uffici pubblicati/);
});

test('Argomenti lists exactly the 64 terms of the model vocabulary, each with its own page', async () => {
  const tenant = await createTestTenant();
  assert.deepEqual(
    TOPICS.map((t) => t.label),
    MODEL_TOPICS,
  );
  assert.equal(new Set(TOPICS.map((t) => t.slug)).size, TOPICS.length);
  const html = (await get(tenant.host, '/argomenti')).body;
  assert.deepEqual(elementTexts(html, 'topic-element'), MODEL_TOPICS);
  const page = await get(tenant.host, '/argomenti/accesso-all-informazione');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Accesso all(&#39;|')informazione/);
  assert.equal((await get(tenant.host, '/argomenti/nessuno')).statusCode, 404);
});

test('Note legali carries the licence section and the exact licence sentence', async () => {
  const tenant = await createTestTenant();
  const html = (await get(tenant.host, '/note-legali')).body;
  assert.deepEqual(elementTexts(html, 'legal-notes-section'), ['Licenza dei contenuti']);
  assert.match(html, /data-element="feedback"/, 'the rating component is on every content page');
  const body = elementTexts(html, 'legal-notes-body')
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/'/g, '’');
  const expected =
    'in applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (cad) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza cc-by 4.0. gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.';
  assert.equal(body, expected);
  assert.equal(LEGAL_NOTES_BODY.toLowerCase(), expected);
});

test('FAQ answers open without JavaScript (details/summary) and the search finds topics', async () => {
  const tenant = await createTestTenant();
  const faq = (await get(tenant.host, '/faq')).body;
  assert.ok((faq.match(/<details class="accordion-item">/g) ?? []).length >= 6);
  const search = (await get(tenant.host, '/cerca?q=anagrafe')).body;
  assert.match(search, /href="\/argomenti\/anagrafe"/);
  assert.equal((await get(tenant.host, '/cerca?q=x&bogus=1')).statusCode, 400);
});

test('the portal speaks English and German on request, URLs stay Italian', async () => {
  const tenant = await createTestTenant();
  const en = (await get(tenant.host, '/amministrazione?lang=en')).body;
  assert.match(en, /How clear is the information on this page\?/);
  assert.match(en, /href="\/amministrazione\/uffici"/);
  const de = (await get(tenant.host, '/?lang=de')).body;
  assert.match(de, /Ausgewählte Themen/);
  assert.match(de, /<html lang="de">/);
});

test("the header shows the Comune's own emblem once it has a logo, ", async () => {
  const tenant = await createTestTenant();
  const database = await testDatabase();
  await database.db
    .update(tenants)
    .set({ logoKey: `logos/${tenant.id}.png` })
    .where(eq(tenants.id, tenant.id));
  invalidateTenantCache();
  const html = (await get(tenant.host, '/')).body;
  assert.match(html, /<img class="icon" src="\/logo" alt="Stemma del Comune di Prova"/);
  assert.doesNotMatch(html, /emblem\.svg/);
});
