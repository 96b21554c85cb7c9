/**
 * Synthetic answers for the summary benchmark: Danish municipal core-task phrases put into answer
 * templates with a seeded PRNG, so every run gets the same, duplicate-free set.
 */

/** Things a team spends its time on or cares about (~150 words and phrases). */
export const VOCABULARY: readonly string[] = [
  // Borgere og relationer
  'borgerne',
  'borgerens trivsel',
  'borgerens selvhjulpenhed',
  'borgerens tryghed',
  'de pårørende',
  'relationen til borgeren',
  'samtalen med borgeren',
  'borgerinddragelse',
  'ældre borgere',
  'udsatte borgere',
  'børn og unge',
  'familierne',
  'forældresamarbejde',
  'de svageste borgere',
  'borgere med demens',
  'borgere med handicap',
  'hjemløse',
  'flygtninge',
  'ledige borgere',
  'sygemeldte borgere',
  'elever',
  'børnenes trivsel',
  'de unges uddannelse',
  'beboerne på plejecentret',
  // Opgaver
  'hjemmepleje',
  'sygepleje',
  'rehabilitering',
  'genoptræning',
  'forebyggelse',
  'sundhedsfremme',
  'medicinhåndtering',
  'personlig pleje',
  'praktisk hjælp',
  'madservice',
  'visitation',
  'sagsbehandling',
  'myndighedsopgaver',
  'afgørelser',
  'klagesager',
  'underretninger',
  'børnefaglige undersøgelser',
  'handleplaner',
  'opfølgning',
  'bostøtte',
  'misbrugsbehandling',
  'beskæftigelsesindsatsen',
  'jobcentersamtaler',
  'virksomhedspraktik',
  'integrationsindsatsen',
  'undervisning',
  'inklusion',
  'specialundervisning',
  'dagtilbud',
  'pædagogisk arbejde',
  'tandpleje',
  'sundhedsplejen',
  'byggesager',
  'vejvedligehold',
  'affaldshåndtering',
  'miljøtilsyn',
  'kultur og fritid',
  'biblioteket',
  'borgerservice',
  'pas og kørekort',
  'kontanthjælp',
  'boligsikring',
  'hjælpemidler',
  'tilsyn',
  'akutindsatsen',
  'natteplejen',
  'demensindsatsen',
  'palliation',
  // Administration og styring
  'dokumentation',
  'registrering',
  'indberetninger',
  'kvalitetsstandarder',
  'serviceloven',
  'lovgivningen',
  'budgettet',
  'besparelser',
  'effektivisering',
  'styringsmodellen',
  'nøgletal',
  'målstyring',
  'politiske mål',
  'kommunalbestyrelsens beslutninger',
  'byrådets målsætninger',
  'ledelsen',
  'mellemledere',
  'forvaltningen',
  'procedurer',
  'retningslinjer',
  'skemaer',
  'journalføring',
  'it-systemerne',
  'fagsystemet',
  'digitalisering',
  'velfærdsteknologi',
  'e-mails',
  'møder',
  'tavlemøder',
  'koordinering',
  'tværfagligt samarbejde',
  'samarbejdet med regionen',
  'samarbejdet med lægerne',
  'overlevering mellem vagter',
  'kørsel mellem borgere',
  'ruteplanlægning',
  'vikarer',
  'rekruttering',
  'sygefravær',
  'personalemangel',
  'oplæring af nye kolleger',
  'efteruddannelse',
  // Faglighed og værdier
  'faglighed',
  'fagligt skøn',
  'faglig stolthed',
  'kvalitet',
  'kvalitet i plejen',
  'helhedssyn',
  'omsorg',
  'nærvær',
  'tid til nærvær',
  'tillid',
  'respekt',
  'værdighed',
  'medbestemmelse',
  'selvbestemmelse',
  'retssikkerhed',
  'ligebehandling',
  'kontinuitet',
  'forudsigelighed',
  'arbejdsglæde',
  'arbejdsmiljøet',
  'trivsel i teamet',
  'kollegial sparring',
  'supervision',
  'refleksion',
  'læring',
  'innovation',
  'udvikling',
  'kerneværdier',
  'meningsfuldt arbejde',
  'mening i hverdagen',
  'det gode liv',
  'tidlig indsats',
  'den hele borger',
  'helhedsorienteret indsats',
  'netværket omkring borgeren',
  'civilsamfundet',
  'frivillige',
  'foreningslivet',
  'lokalsamfundet',
  'nærmiljøet',
  'fællesskaber',
  'ensomhed',
  'mental sundhed',
  'fysisk aktivitet',
];

/** Answer templates; each {x} and {y} is a phrase from VOCABULARY. */
export const TEMPLATES: readonly string[] = [
  'Vi bruger for meget tid på {x}',
  'Vi bruger for lidt tid på {x}',
  'Vores kerneopgave er {x}',
  'Det vigtigste er {x} og {y}',
  'Formelt handler det om {x}, men i praksis om {y}',
  'I hverdagen går tiden med {x}',
  'Jeg oplever at {x} fylder mere end {y}',
  'Ledelsen taler om {x}, vi taler om {y}',
  'Vi skal sikre {x}',
  'Vi lykkes bedst med {x} når der er plads til {y}',
  'Uden {x} kan vi ikke løfte {y}',
  'Det meningsfulde er {x}',
  '{x} tager tid fra {y}',
  'Vi burde prioritere {x} frem for {y}',
  'Borgerne forventer {x}',
  'Politikerne vil have {x}',
  'Jeg savner tid til {x}',
  'Vi er gode til {x}, men mangler {y}',
  'Kerneopgaven er at skabe {x} gennem {y}',
  'Det udførte arbejde er mest {x}',
];

/** Optional endings that make answers longer and more varied. */
const ENDINGS: readonly string[] = [
  '',
  '',
  '',
  '.',
  ' hver dag.',
  ' især om morgenen.',
  ' og det frustrerer mig.',
  ' – det er det, der giver mening.',
  ' i vores afdeling.',
  ' efter omstruktureringen.',
  ' siden sidste budgetår.',
  ' og det mærker borgerne.',
];

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** n distinct synthetic answers, the same for the same seed. Throws if it cannot make n distinct ones. */
export function syntheticAnswers(n: number, seed = 1): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const seen = new Set<string>();
  for (let attempts = 0; seen.size < n; attempts++) {
    if (attempts > n * 20) throw new Error(`syntheticAnswers(): made only ${seen.size} distinct answers of ${n}.`);
    const x = pick(VOCABULARY);
    let y = pick(VOCABULARY);
    while (y === x) y = pick(VOCABULARY);
    const text = pick(TEMPLATES).replace('{x}', x).replace('{y}', y) + pick(ENDINGS);
    seen.add(text.charAt(0).toUpperCase() + text.slice(1));
  }
  const answers = [...seen];
  if (new Set(answers).size !== answers.length || answers.length !== n) throw new Error('syntheticAnswers(): duplicate answers.');
  return answers;
}
