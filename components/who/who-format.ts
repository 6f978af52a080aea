// How the Who's who page writes counts, dates and short lists of names.
import { t } from '../../lib/locale/i18n';

/** Only web links become clickable; anything else (javascript:, data:) stays text. */
export const SAFE_LINK = /^https?:\/\//i;

export const formatNumber = (n: number, locale: string): string => new Intl.NumberFormat(locale).format(n);

/** A day the reader read something, in their time zone ("Jan 6, 2025"). */
export function formatDay(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}

/** A week's Monday: weeks start at 00:00 UTC, so they are written in UTC (no Sunday the day before). */
export function formatWeek(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** An ISO date for <time datetime>. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** "1 article" / "12 articles". */
export function articleCount(n: number, locale: string): string {
  return n === 1 ? t('whoArticlesOne') : t('whoArticlesMany', formatNumber(n, locale));
}

/** The first few other names and how many more ("Aso, Taro +3"); '' when there are none. */
export function shortAliases(aliases: readonly string[], shown = 2): string {
  if (aliases.length === 0) return '';
  const head = aliases.slice(0, shown).join(', ');
  return aliases.length > shown ? `${head} ${t('whoAliasesMore', aliases.length - shown)}` : head;
}
