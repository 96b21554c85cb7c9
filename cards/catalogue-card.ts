import { CATALOGUE } from '../domain/catalogue';
import type { Language } from '../domain/exercise';
import { t } from './i18n';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { render, type AdaptiveCard } from './render';

/**
 * The list of exercises: each with one line on what it is for and when to use it, and a button
 * that names the exercise it starts; then the team's own templates.
 *
 * @example catalogueCard('da').body // … { TextBlock 'Stærke professioner' }, { TextBlock 'Hvor støtter kerneopgaven …' }, { ActionSet: 'Start »Stærke professioner«' } …
 */
export function catalogueCard(lang: Language, templates: readonly { title: string }[] = []): AdaptiveCard {
  return render('catalogue', {
    title: t(lang, 'catalogue.title'),
    intro: t(lang, 'catalogue.intro'),
    commands: t(lang, 'catalogue.commands'),
    templatesTitle: t(lang, 'catalogue.templatesTitle'),
    // A button's title is plain text, not markdown, so the team's own title goes in as written.
    templates: templates.map((x, i) => ({ title: escapeMarkdown(x.title), actions: [startAction(lang, x.title, { exerciseId: 'egen', template: String(i) })] })),
    entries: CATALOGUE.map((e) => {
      const name = t(lang, e.titleKey);
      return {
        name,
        purpose: t(lang, `catalogue.purpose.${e.id}`),
        live: !!e.definition,
        soon: t(lang, 'catalogue.soon'),
        actions: e.definition ? [startAction(lang, name, { exerciseId: e.id })] : [],
      };
    }),
  });
}

function startAction(lang: Language, title: string, data: Record<string, string>) {
  return executeAction(t(lang, 'catalogue.startExercise', { title }), 'catalogue.setup', data, 'positive');
}
