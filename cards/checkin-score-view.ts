import type { ExerciseDefinition, Language } from '../domain/exercise';
import { roundScale, type RoundScale } from '../domain/checkins/round-scale';
import { fieldsFor } from './question-fields';
import { DISCUSS_ITEM_BELOW, DISCUSS_TOTAL_AT_MOST } from '../domain/checkins/score-meeting';
import type { CheckinScore } from '../domain/checkins/summarise-checkin';
import { MEETING_ITEMS } from '../domain/checkins/templates/moedevurdering';
import type { Agreement } from '../domain/checkins/score-understanding';
import type { PerspectivesSummary } from '../domain/summary/perspectives';
import { coordinationTable, figureText, type CoordinationTable } from './coordination-table';
import { distributionData, distributionLines } from './distribution-lines';
import { escapeMarkdown } from './escape';
import { themeLines } from './summary-section';
import { figureKindOf, templateOfKind } from './figure-labels';
import { roundedText } from './figure-text';
import { t } from './i18n';

export interface ScoreSection {
  title: string;
  lines: string[];
}

/** One round's score as text, by the template's kind. Nothing below k is ever a number here. */
export interface ScoreView {
  /** The people behind the score, when it is shown at all. */
  respondents?: number;
  sections: ScoreSection[];
  /** Relational coordination's rater → rated table. */
  table?: CoordinationTable;
  /** The meeting rating's "talk about it", shown apart so that it stands out; empty when not raised. */
  flag: string;
}

/**
 * @param labelOf a figure's short name, escaped for a TextBlock (figure-labels.ts)
 * @param detail  distributions and theme names for the kerneopgave-tjek; left out when a card must shrink
 *
 * @example scoreView('da', { kind: 'socialCapital', shown: true, k: 5, respondents: 6, dimensions: [{ dimension: 'trust', shown: true, n: 6, score: 75 }, { dimension: 'fairness', shown: false }, …] }, label, true)
 * // { respondents: 6, sections: [{ title: '', lines: ['Tillid: 75 af 100', 'Retfærdighed: for få svar til at blive vist', …] }], flag: '' }
 */
export function scoreView(lang: Language, score: CheckinScore, labelOf: (id: string) => string, detail: boolean): ScoreView {
  if (!score.shown) return { sections: [], flag: '' };
  const hidden = (id: string) => t(lang, 'checkin.summary.hiddenLine', { item: labelOf(id) });
  const outOf = (id: string, value: number, max: number, step: number | undefined) =>
    t(lang, 'checkin.summary.outOf', { item: labelOf(id), value: roundedText(lang, value, step, { min: 0, max }), max });
  switch (score.kind) {
    case 'socialCapital':
      return { respondents: score.respondents, sections: [{ title: '', lines: score.dimensions.map((d) => (d.shown ? outOf(d.dimension, d.score, 100, d.step) : hidden(d.dimension))) }], flag: '' };
    case 'relationalCoordination': {
      const names = score.groups.map(escapeMarkdown);
      const line = (figures: typeof score.byRated) => figures.map((f, g) => t(lang, 'checkin.rc.line', { group: names[g], value: figureText(lang, f) }));
      return {
        respondents: score.respondents,
        sections: [
          { title: '', lines: [t(lang, 'checkin.rc.overall', { value: figureText(lang, score.overall) }), t(lang, 'checkin.rc.explain')] },
          { title: t(lang, 'checkin.rc.byRatedTitle'), lines: line(score.byRated) },
          { title: t(lang, 'checkin.rc.byRaterTitle'), lines: line(score.byRater) },
        ],
        table: coordinationTable(lang, score),
        flag: '',
      };
    }
    case 'meetingRating': {
      const limits = { total: DISCUSS_TOTAL_AT_MOST, item: DISCUSS_ITEM_BELOW };
      return {
        respondents: score.n,
        sections: [
          {
            title: '',
            lines: [
              t(lang, 'checkin.meeting.total', { value: roundedText(lang, score.meanTotal, score.steps?.total, { min: 0, max: 40 }) }),
              ...MEETING_ITEMS.map((id) => outOf(id, score.items[id], 10, score.steps?.item)),
              ...(score.discuss ? [] : [t(lang, 'checkin.meeting.noDiscuss', limits)]),
            ],
          },
        ],
        flag: score.discuss ? t(lang, 'checkin.meeting.discuss', limits) : '',
      };
    }
    case 'sharedUnderstanding': {
      const pair = (id: string, a: Agreement, hiddenKey: string) =>
        a.shown
          ? t(lang, 'checkin.understanding.pair', {
              item: labelOf(id),
              across: roundedText(lang, a.across, a.step, { min: 0, max: 100 }),
              within: roundedText(lang, a.within, a.step, { min: 0, max: 100 }),
            })
          : t(lang, hiddenKey);
      return {
        respondents: score.n,
        sections: [
          {
            title: '',
            lines: [
              outOf('overall', score.overall, 100, score.step),
              pair('verticalAcross', score.vertical, 'checkin.understanding.verticalHidden'),
              pair('horizontalAcross', score.horizontal, 'checkin.understanding.horizontalHidden'),
              t(lang, 'checkin.understanding.explain'),
            ],
          },
        ],
        flag: '',
      };
    }
    case 'mixed': {
      const def = templateOfKind(figureKindOf(score));
      // A round filed before rounding still shows its distributions as it did then.
      const scales = score.roundScales
        ? score.roundScales.map((s) => roundScaleSection(lang, def, s))
        : score.scales.map((s) => {
            if ('repeated' in s) return roundScaleSection(lang, def, roundScale(s));
            const d = distributionData(lang, def, s);
            return { title: d.label, lines: [d.stats, ...(detail ? distributionLines(lang, def, s) : [])] };
          });
      return { respondents: score.respondents, sections: [...scales, ...themeSections(lang, score.texts, detail)], flag: '' };
    }
    case 'perspectives':
      return { respondents: score.respondents, sections: themeSections(lang, score, detail), flag: '' };
  }
}

/** A round's scale: its rounded mean, and whether the answers split into two camps (domain/checkins/round-scale.ts). */
function roundScaleSection(lang: Language, def: ExerciseDefinition, s: RoundScale): ScoreSection {
  const title = fieldsFor(lang, def, [s.questionId])[0].label;
  if (!s.shown) return { title, lines: [t(lang, 'summary.perspectiveHidden')] };
  return { title, lines: [t(lang, 'checkin.summary.roundMean', { value: roundedText(lang, s.mean.value, s.mean.step, s), max: s.max }), ...(s.split ? [t(lang, 'checkin.summary.roundSplit')] : [])] };
}

/** Each free-text question's theme names, sized as the summary card sizes them (docs/anonymity.md, rule 7, "Sizes"). No quotes: this card repeats every round and stays short. */
function themeSections(lang: Language, texts: PerspectivesSummary, detail: boolean): ScoreSection[] {
  if (!texts.shown || !detail) return [];
  return texts.perspectives.map((p) => ({
    title: t(lang, p.labelKey),
    lines: p.shown ? themeLines(lang, p, texts.k) : [t(lang, 'summary.perspectiveHidden')],
  }));
}
