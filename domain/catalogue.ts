import type { ExerciseDefinition } from './exercise';
import { dilemmaer } from './exercises/dilemmaer';
import { faellesRamme } from './exercises/faelles-ramme';
import { faggrupper } from './exercises/faggrupper';
import { forEllerSammen } from './exercises/for-eller-sammen';
import { tid } from './exercises/tid';
import { custom } from './exercises/custom';
import { forandring } from './exercises/forandring';
import { hvemDefinerer } from './exercises/hvem-definerer';
import { inddragelse } from './exercises/inddragelse';
import { professioner } from './exercises/professioner';
import { trivsel } from './exercises/trivsel';
import { vildfarelser } from './exercises/vildfarelser';

/** The exercise catalogue. Only live entries have a definition; the rest are listed as "coming soon". */
export interface CatalogueEntry {
  id: string;
  titleKey: string;
  definition?: ExerciseDefinition;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { id: hvemDefinerer.id, titleKey: hvemDefinerer.titleKey, definition: hvemDefinerer },
  { id: faellesRamme.id, titleKey: faellesRamme.titleKey, definition: faellesRamme },
  { id: forEllerSammen.id, titleKey: forEllerSammen.titleKey, definition: forEllerSammen },
  { id: faggrupper.id, titleKey: faggrupper.titleKey, definition: faggrupper },
  { id: vildfarelser.id, titleKey: vildfarelser.titleKey, definition: vildfarelser },
  { id: dilemmaer.id, titleKey: dilemmaer.titleKey, definition: dilemmaer },
  { id: inddragelse.id, titleKey: inddragelse.titleKey, definition: inddragelse },
  { id: forandring.id, titleKey: forandring.titleKey, definition: forandring },
  { id: professioner.id, titleKey: professioner.titleKey, definition: professioner },
  { id: trivsel.id, titleKey: trivsel.titleKey, definition: trivsel },
  { id: tid.id, titleKey: tid.titleKey, definition: tid },
  { id: custom.id, titleKey: 'catalogue.custom', definition: custom },
];

export function liveExercise(id: unknown): ExerciseDefinition | undefined {
  return CATALOGUE.find((e) => e.id === id)?.definition;
}
