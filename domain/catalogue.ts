import type { ExerciseDefinition } from './exercise';
import { hvemDefinerer } from './exercises/hvem-definerer';

/** The catalogue from BRIEF.md. Only live entries have a definition; the rest are listed as "coming soon". */
export interface CatalogueEntry {
  id: string;
  titleKey: string;
  definition?: ExerciseDefinition;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { id: hvemDefinerer.id, titleKey: hvemDefinerer.titleKey, definition: hvemDefinerer },
  { id: 'faelles-ramme', titleKey: 'catalogue.faellesRamme' },
  { id: 'for-eller-sammen', titleKey: 'catalogue.forEllerSammen' },
  { id: 'faggrupper', titleKey: 'catalogue.faggrupper' },
  { id: 'vildfarelser', titleKey: 'catalogue.vildfarelser' },
  { id: 'dilemmaer', titleKey: 'catalogue.dilemmaer' },
  { id: 'inddragelse', titleKey: 'catalogue.inddragelse' },
  { id: 'forandring', titleKey: 'catalogue.forandring' },
  { id: 'professioner', titleKey: 'catalogue.professioner' },
  { id: 'trivsel', titleKey: 'catalogue.trivsel' },
  { id: 'tid', titleKey: 'catalogue.tid' },
];

export function liveExercise(id: unknown): ExerciseDefinition | undefined {
  return CATALOGUE.find((e) => e.id === id)?.definition;
}
