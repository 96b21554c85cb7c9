import type { ExerciseDefinition } from './exercise';
import { forEllerSammen } from './exercises/for-eller-sammen';
import { forandring } from './exercises/forandring';
import { hvemDefinerer } from './exercises/hvem-definerer';
import { inddragelse } from './exercises/inddragelse';
import { professioner } from './exercises/professioner';
import { trivsel } from './exercises/trivsel';
import { vildfarelser } from './exercises/vildfarelser';

/** The catalogue from BRIEF.md. Only live entries have a definition; the rest are listed as "coming soon". */
export interface CatalogueEntry {
  id: string;
  titleKey: string;
  definition?: ExerciseDefinition;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { id: hvemDefinerer.id, titleKey: hvemDefinerer.titleKey, definition: hvemDefinerer },
  { id: 'faelles-ramme', titleKey: 'catalogue.faellesRamme' },
  { id: forEllerSammen.id, titleKey: forEllerSammen.titleKey, definition: forEllerSammen },
  { id: 'faggrupper', titleKey: 'catalogue.faggrupper' },
  { id: vildfarelser.id, titleKey: vildfarelser.titleKey, definition: vildfarelser },
  { id: 'dilemmaer', titleKey: 'catalogue.dilemmaer' },
  { id: inddragelse.id, titleKey: inddragelse.titleKey, definition: inddragelse },
  { id: forandring.id, titleKey: forandring.titleKey, definition: forandring },
  { id: professioner.id, titleKey: professioner.titleKey, definition: professioner },
  { id: trivsel.id, titleKey: trivsel.titleKey, definition: trivsel },
  { id: 'tid', titleKey: 'catalogue.tid' },
];

export function liveExercise(id: unknown): ExerciseDefinition | undefined {
  return CATALOGUE.find((e) => e.id === id)?.definition;
}
