import type { Language } from '../domain/exercise';
import type { CarriedSummary } from '../domain/checkins/carry-forward';
import type { CheckinSummary } from '../domain/checkins/summarise-checkin';
import { trendsOf, type ItemTrend, type RoundFigures } from '../domain/checkins/trends';
import { exactFigures } from '../domain/checkins/exact-figures';
import { scoreView } from './checkin-score-view';
import { escapeMarkdown } from './escape';
import { figureKindOf, figureLabel, figureScale, isCharted, SCALE_OF, SCALE_RANGE, templateOfKind, type FigureKind } from './figure-labels';
import { roundedText, signed, type FigureText } from './figure-text';
import { t } from './i18n';
import { roundDates } from './local-time';
import { render, renderWithin, type AdaptiveCard } from './render';
import { DISPLAY_ZONE } from './session-card';
import { trendCharts, trendText } from './checkin-trend';

/** A year of monthly rounds; fewer when the card would be too large. */
export const TREND_ROUNDS = 12;
const TREND_ROUNDS_SHORT = 6;

export interface CheckinSummaryInput {
  /** The check-in's title as plain text; escaped here. */
  title: string;
  /** The schedule's k, said on the card wherever something is hidden. */
  k: number;
  summary: CheckinSummary;
  /** Earlier rounds' figures (summary.round of each), in any order; this round may be among them. */
  history: readonly RoundFigures[];
  /** The schedule's zone, for the rounds' dates; Europe/Copenhagen if not given. */
  timeZone?: string;
}

/**
 * A round's summary, posted in its thread: a headline, this round's score by the template's kind,
 * the change per figure since the last round that counted, whether the team did what it agreed,
 * a line chart over the last rounds with every figure also as text, and the template's question
 * for the discussion. Nothing below k is ever a number (docs/anonymity.md, rule 4): hidden figures say
 * "for få", and a round below k is a gap in the trend, never a zero.
 *
 * Kept within 80 KB: if the full card is larger, the trend covers fewer rounds and the
 * kerneopgave-tjek's distributions and themes are left out, and the card says so.
 *
 * @example checkinSummaryCard('da', { title: 'Puls på social kapital', k: 5, summary, history, timeZone: 'Europe/Copenhagen' })
 * // 'Opsamling: Puls på social kapital', '6 har svaret i denne runde.', 'Største ændring siden sidst: Tillid +8.',
 * // 'Tillid: 68 af 100', …, 'Tillid: 68 (+8 siden 4. jan.)', …, Chart.Line with a TextBlock fallback, 'Tillid: 60 · – · 68', …
 */
export function checkinSummaryCard(lang: Language, input: CheckinSummaryInput): AdaptiveCard {
  const attempts = [
    { rounds: TREND_ROUNDS, detail: true },
    { rounds: TREND_ROUNDS_SHORT, detail: true },
    { rounds: TREND_ROUNDS_SHORT, detail: false },
  ];
  for (const [i, attempt] of attempts.entries()) {
    const card = renderWithin('checkin-summary', cardData(lang, input, attempt.rounds, attempt.detail, i > 0));
    if (card) return card;
  }
  // Still too large: render() names the card in its error, which is better than a post that Teams refuses.
  return render('checkin-summary', cardData(lang, input, TREND_ROUNDS_SHORT, false, true));
}

function cardData(lang: Language, input: CheckinSummaryInput, rounds: number, detail: boolean, shortened: boolean) {
  const { summary, k } = input;
  const zone = input.timeZone ?? DISPLAY_ZONE;
  const kind = figureKindOf(summary.score);
  const def = templateOfKind(kind);
  const label = (id: string) => figureLabel(lang, kind, id, escapeMarkdown);
  const legend = (id: string) => figureLabel(lang, kind, id, (s) => s);
  // This round last, once: the caller may or may not have stored it with the history already.
  const all = [...input.history.filter((r) => r.dueAt !== summary.round.dueAt), summary.round];
  const trends = trendsOf(all, rounds);
  const charted = trends.filter((tr) => isCharted(kind, tr.item));
  const shown = (id: string, value: number, step: number | undefined) => roundedText(lang, value, step, figureScale(kind, id));
  const trend = trendText(lang, charted, zone, legend, label, shown);
  const score = scoreView(lang, summary.score, label, detail);
  return {
    title: t(lang, 'summary.title', { title: escapeMarkdown(input.title) }),
    headline: headline(lang, kind, k, score.respondents, trends, label),
    shortenedNote: shortened ? t(lang, 'checkin.summary.shortened') : '',
    // Said where the figures are: they are rounded more coarsely the fewer answered (domain/anonymity/coarse.ts).
    roundedNote: score.respondents !== undefined && Object.keys(summary.round.steps ?? {}).length > 0 ? roundedNote(lang, kind, input.history, summary.round) : '',
    flag: score.flag,
    sections: score.sections,
    hasTable: !!score.table,
    table: score.table ?? { columns: [], rows: [], fallbackLines: [] },
    changes: changeLines(lang, trends, all, zone, label, shown),
    carried: summary.carried.map((c) => carriedData(lang, c)),
    hasTrend: trend.drawable,
    trend: {
      title: t(lang, 'checkin.summary.trendTitle', { n: trend.rounds }),
      chart: trend.drawable
        ? [
            trendCharts({
              title: `${t(lang, def.titleKey)} (${SCALE_OF[kind]})`,
              yAxisTitle: SCALE_OF[kind],
              scale: SCALE_RANGE[kind],
              series: trend.series,
              fallbackText: t(lang, 'checkin.summary.chartFallback'),
            }),
          ]
        : [],
      rounds: t(lang, 'checkin.summary.trendRounds', { dates: trend.dates.join(' · ') }),
      lines: trend.lines,
      gapNote: trend.hasGaps ? t(lang, 'checkin.summary.trendGap') : '',
    },
    discussion: t(lang, def.discussionKey),
    labels: {
      score: t(lang, 'checkin.summary.scoreTitle'),
      changes: t(lang, 'checkin.summary.changeTitle'),
      carried: t(lang, 'checkin.carried.hint'),
      discussion: t(lang, 'summary.discussionTitle'),
    },
  };
}

/**
 * Says the figures are rounded and, while an earlier round that showed them exactly is kept,
 * that a figure close to the old one shows the old one (domain/checkins/exact-figures.ts).
 */
function roundedNote(lang: Language, kind: FigureKind, history: readonly RoundFigures[], round: RoundFigures): string {
  const exact = exactFigures(history, round.dueAt);
  if (!Object.keys(round.figures).some((item) => item in exact)) return t(lang, 'checkin.summary.rounded');
  const split = kind === 'coreTaskCheck' ? [t(lang, 'checkin.summary.besideExactSplit')] : [];
  return [t(lang, 'checkin.summary.rounded'), t(lang, 'checkin.summary.besideExact'), ...split].join(' ');
}

/** How many answered and the largest clear change on the chart's scale, or that nothing can be shown. */
function headline(lang: Language, kind: FigureKind, k: number, respondents: number | undefined, trends: readonly ItemTrend[], label: (id: string) => string): string[] {
  if (respondents === undefined) return [t(lang, 'summary.notShown', { k })];
  const charted = trends.filter((tr) => isCharted(kind, tr.item));
  const compared = charted.filter((tr) => tr.change !== undefined);
  const count = t(lang, 'checkin.summary.headline', { count: respondents });
  // Against a round shown before rounding no change is named (domain/checkins/trends.ts).
  if (compared.length === 0) return [count, t(lang, charted.some((tr) => tr.latest !== undefined && tr.previous?.exact) ? 'checkin.summary.exactEarlier' : 'checkin.summary.noEarlier')];
  // Only a change larger than one person could cause is news (domain/anonymity/coarse.ts).
  const clear = compared.filter((tr) => tr.clear !== false && tr.change !== 0);
  if (clear.length === 0) return [count, t(lang, 'checkin.summary.noClearChange')];
  const biggest = clear.reduce((a, b) => (Math.abs(b.change!) > Math.abs(a.change!) ? b : a));
  return [count, t(lang, 'checkin.summary.biggestChange', { item: label(biggest.item), change: signed(lang, biggest.change!) })];
}

/** Each figure of this round next to the last round where it counted, naming that round's date. */
function changeLines(lang: Language, trends: readonly ItemTrend[], rounds: readonly RoundFigures[], zone: string, label: (id: string) => string, shown: FigureText): string[] {
  const isos = [...new Set(rounds.map((r) => r.dueAt))].sort((a, b) => Date.parse(a) - Date.parse(b));
  const short = roundDates(lang, isos, zone);
  const dates = new Map(isos.map((iso, i) => [iso, short[i]]));
  return trends.flatMap((tr) => {
    if (tr.latest === undefined || tr.previous === undefined) return [];
    const date = dates.get(tr.previous.dueAt) ?? '';
    if (tr.previous.exact) return [t(lang, 'checkin.summary.changeExact', { item: label(tr.item), value: shown(tr.item, tr.latest, tr.latestStep), date })];
    if (tr.change === undefined) return [];
    const vars = { item: label(tr.item), value: shown(tr.item, tr.latest, tr.latestStep), change: signed(lang, tr.change), date };
    return [t(lang, tr.change === 0 ? 'checkin.summary.changeSame' : tr.clear === false ? 'checkin.summary.changeUnclear' : 'checkin.summary.changeLine', vars)];
  });
}

/** "Did we do it?": yes / partly / no with counts only from k answers to that item. */
function carriedData(lang: Language, c: CarriedSummary) {
  const a = c.answers;
  const answers = a.shown
    ? a.counts.map((x, i) => t(lang, 'summary.optionLine', { option: t(lang, `checkin.carried.${x.value}`), count: x.count, percent: a.shares[i].percent })).join(' · ')
    : t(lang, 'checkin.summary.carriedHidden');
  return { action: escapeMarkdown(c.action), answers };
}
