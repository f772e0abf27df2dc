import type { ContentSource } from '../../platform/content/sources.js';
import { newsByTopic, searchNews } from './queries.js';

/** Novità in the site search and on the topic pages: visible items only. */
export const newsContentSource: ContentSource = {
  name: 'news',
  typeLabel: 'news.typeLabel',
  search: searchNews,
  byTopic: newsByTopic,
};
