import { CATALOGUE } from '../domain/catalogue';
import type { Language } from '../domain/exercise';
import { t } from './i18n';
import { escapeMarkdown } from './escape';
import { render, type AdaptiveCard } from './render';

/** The list of exercises: the live ones can be started, the rest are marked "coming soon". */
export function catalogueCard(lang: Language, templates: readonly { title: string }[] = []): AdaptiveCard {
  return render('catalogue', {
    title: t(lang, 'catalogue.title'),
    intro: t(lang, 'catalogue.intro'),
    startLabel: t(lang, 'catalogue.start'),
    commands: t(lang, 'catalogue.commands'),
    templatesTitle: t(lang, 'catalogue.templatesTitle'),
    templates: templates.map((x, i) => ({ title: escapeMarkdown(x.title), index: String(i), start: t(lang, 'catalogue.templateStart') })),
    entries: CATALOGUE.map((e) => ({ id: e.id, name: t(lang, e.titleKey), live: !!e.definition, status: t(lang, e.definition ? 'catalogue.live' : 'catalogue.soon') })),
  });
}
