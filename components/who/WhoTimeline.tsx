// When the reader met the actor: one bar per week, from the first week to the last. The chart
// is an image to assistive technology, with a sentence that says what it shows.
import { t } from '../../lib/locale/i18n';
import type { WhoWeek } from '../../lib/store/who-types';
import { articleCount, formatNumber, formatWeek } from './who-format';

const WIDTH = 600;
const HEIGHT = 64;
/** The widest a week gets: a few weeks make a short chart, not a few slabs. */
const MAX_SLOT = 30;
/** Room for the first and last week's dates under a short chart (px). */
const MIN_BOX = 220;
/** The shortest bar a week with articles gets, so one article is still visible beside a peak. */
const MIN_BAR = 3;

/** The chart's text alternative. */
export function timelineSummary(weeks: readonly WhoWeek[], locale: string): string {
  const met = weeks.reduce((sum, week) => sum + week.count, 0);
  const peak = weeks.reduce((best, week) => (week.count > best.count ? week : best), weeks[0]!);
  if (weeks.length === 1) return t('whoTimelineOneWeek', articleCount(met, locale), formatWeek(peak.start, locale));
  return t('whoTimelineLabel', articleCount(met, locale), formatNumber(weeks.length, locale), formatWeek(peak.start, locale), formatNumber(peak.count, locale));
}

export function WhoTimeline({ weeks, locale }: { weeks: readonly WhoWeek[]; locale: string }) {
  if (weeks.length === 0) return null;
  const most = Math.max(1, ...weeks.map((week) => week.count));
  const slot = Math.min(MAX_SLOT, WIDTH / weeks.length);
  const width = slot * weeks.length;
  const gap = slot > 6 ? 2 : 0;
  return (
    <section class="who-section" aria-labelledby="who-timeline-title">
      <h2 id="who-timeline-title">{t('whoTimelineHeading')}</h2>
      <div class="who-timeline-box" style={{ maxWidth: `${Math.max(width, MIN_BOX)}px` }}>
        <svg
          class="who-timeline"
          role="img"
          aria-label={timelineSummary(weeks, locale)}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          style={{ maxWidth: `${width}px` }}
        >
          <line class="who-timeline-axis" x1="0" y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} />
          {weeks.map((week, index) => {
            const bar = week.count === 0 ? 0 : Math.max(MIN_BAR, (week.count / most) * (HEIGHT - 4));
            return <rect key={week.start} x={index * slot + gap / 2} y={HEIGHT - bar} width={Math.max(0.5, slot - gap)} height={bar} />;
          })}
        </svg>
        <p class="who-timeline-ends muted" aria-hidden="true">
          <span>{formatWeek(weeks[0]!.start, locale)}</span>
          {weeks.length > 1 && <span>{formatWeek(weeks[weeks.length - 1]!.start, locale)}</span>}
        </p>
      </div>
    </section>
  );
}
