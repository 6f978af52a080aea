// Data for the Who's who component tests: a fake list of any length and one actor's page.
import type { WhoListReply } from '../../../../lib/messages/protocol';
import type { WhoActorPage, WhoListQuery, WhoListRow } from '../../../../lib/store/who-types';

export const DAY = 86_400_000;
/** Monday 6 January 2025, 00:00 UTC. */
export const MONDAY = Date.UTC(2025, 0, 6);

export function row(index: number): WhoListRow {
  return {
    id: `person:actor ${index}`,
    name: `Actor ${index}`,
    kind: 'person',
    aliases: index % 2 ? ['A.', 'The Actor', 'Acts'] : [],
    articleCount: 1 + (index % 5),
    lastSeen: MONDAY + index * 1000,
    lastTitle: `Story ${index}`,
    lastSite: 'news.example',
    hidden: false,
  };
}

/** A background with `total` actors that answers every page at once and records each question. */
export function fakeList(total: number) {
  const asked: WhoListQuery[] = [];
  const load = async (query: WhoListQuery): Promise<WhoListReply> => {
    asked.push(query);
    const end = Math.min(total, query.offset + query.limit);
    const rows = Array.from({ length: Math.max(0, end - query.offset) }, (_, i) => row(query.offset + i));
    // As the store does: the site choices come with the first page only.
    return { ok: true, page: { rows, total, exact: true, sites: query.offset === 0 ? ['news.example', 'paper.example'] : [] } };
  };
  return { asked, load };
}

/** The same, counting as the store does at scale: the rows so far and one more, until the last page. */
export function fakeListLowerBound(total: number) {
  const exact = fakeList(total);
  const load = async (query: WhoListQuery): Promise<WhoListReply> => {
    const reply = await exact.load(query);
    if (!reply.ok) return reply;
    const end = query.offset + reply.page.rows.length;
    return end < total ? { ok: true, page: { ...reply.page, total: end + 1, exact: false } } : reply;
  };
  return { asked: exact.asked, load };
}

export function actorPage(change: Partial<WhoActorPage> = {}): WhoActorPage {
  return {
    id: 'person:masahisa sato',
    name: 'Masahisa Sato',
    kind: 'person',
    aliases: ['Sato', 'M. Sato'],
    articleCount: 5,
    firstSeen: MONDAY,
    lastSeen: MONDAY + 15 * DAY,
    articles: [
      {
        url: 'https://news.example/budget',
        title: 'Budget talks stall',
        site: 'news.example',
        analyzedAt: MONDAY + 15 * DAY,
        name: 'Sato',
        descriptors: [{ text: 'chair of the budget committee', start: 10, end: 39 }],
        quotes: [{ text: '“We will keep talking,”', start: 50, end: 72 }],
      },
      {
        url: 'javascript:alert(1)',
        title: 'Not a web link',
        site: 'odd.example',
        analyzedAt: MONDAY,
        name: 'Masahisa Sato',
        descriptors: [],
        quotes: [],
      },
    ],
    weeks: [
      { start: MONDAY, count: 1 },
      { start: MONDAY + 7 * DAY, count: 0 },
      { start: MONDAY + 14 * DAY, count: 4 },
    ],
    companions: [{ id: 'person:taro aso', name: 'Taro Aso', kind: 'person', together: 3 }],
    affiliations: [{ id: 'organization:ldp', name: 'Liberal Democratic Party', kind: 'organization', via: 'a lawmaker of the Liberal Democratic Party' }],
    hidden: false,
    corrections: [
      {
        id: 'c1',
        at: MONDAY + DAY,
        correction: { type: 'merge', into: 'person:masahisa sato', from: 'person:sato' },
        by: 'auto',
        summary: 'Merged “Sato” into “Masahisa Sato”',
      },
    ],
    ...change,
  };
}
