/**
 * Choices that should not just be spread, one value per colleague (team.ts order), by
 * `<exercise or check-in id>.<question id>` or by question id alone. A value the card does not
 * offer is ignored, and the usual spread is used instead.
 */
export const CHOICE_PICKS: Readonly<Record<string, readonly string[]>> = {
  // A gap between now and should-be, lowest degree first (domain/exercises/inddragelse.ts).
  'inddragelse.now': ['lydhoerhed', 'fokus', 'lydhoerhed', 'inddragelse', 'fokus'],
  'inddragelse.shouldBe': ['samskabelse', 'inddragelse', 'inddragelse', 'samskabelse', 'inddragelse'],
  'vildfarelser.level': ['arbejdsplads', 'forvaltning', 'team', 'kommune', 'arbejdsplads'],
  // The leader (Mette) does not run the script; her five colleagues are staff.
  'faelles-forstaaelse.role': ['staff', 'staff', 'staff', 'staff', 'staff'],
  // "Did we do it?" for an action carried from the last round.
  carried: ['yes', 'partly', 'yes', 'no', 'partly'],
};

/**
 * Where on a scale each colleague tends to land, as a share of the way from its lowest to its
 * highest step. Shifted by one colleague per question, so every item gets a spread.
 */
export const LEANINGS: readonly number[] = [0.75, 0.5, 1, 0.25, 0.75];

/** Added to every leaning, by question: shifting alone gives every item the same spread. */
export const TILTS: readonly number[] = [0, -0.25, 0.25];
