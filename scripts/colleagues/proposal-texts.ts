/**
 * What the colleagues propose in the proposals phase, by exercise id. The first five are one per
 * colleague; further ones go into a second or third item where the card has room for more.
 */
export const PROPOSAL_TEXTS: Readonly<Record<string, readonly string[]>> = {
  'hvem-definerer': [
    'Vi sikrer, at alle børn lærer så meget som muligt og trives i et trygt fællesskab.',
    'Sammen med forældrene skaber vi læring og trivsel for alle børn.',
    'Alle elever skal blive så dygtige, de kan, og opleve, at de hører til.',
    'Vi giver børnene en tryg skoledag, hvor de lærer og bliver set.',
    'Vi giver alle børn mulighed for at lære og trives – også dem, der har det svært.',
  ],
  'faelles-ramme': [
    'Vi skaber læring og trivsel for alle børn sammen med forældrene.',
    'Kerneopgaven som første punkt på hvert teammøde.',
    'Alle elever skal blive så dygtige, de kan, i en skole, hvor de trives.',
    'Et fælles overblik over opgaver og ydelser på én side.',
    'Vi forebygger mistrivsel og giver alle børn mulighed for at lære.',
  ],
  faggrupper: [
    'Vi skaber læring, trivsel og fællesskab for alle børn – sammen med forældrene.',
    'Fælles planlægning mellem lærere og pædagoger hver måned.',
    'Korte tværfaglige møder om de elever, vi er bekymrede for.',
    'Kontoret får besked om ændringer senest dagen før.',
    'Faste konsultationer med skolepsykologen for hele teamet.',
  ],
  'for-eller-sammen': [
    'Eleverne laver klassens regler sammen med os ved skolestart.',
    'En workshop med børn og forældre om, hvad en god skoledag er.',
    'Eleverne sætter egne mål til elevsamtalen.',
    'Et kort spørgeskema til forældrene efter hvert skole-hjem-møde.',
    'Familien er med, når vi lægger en plan for et barn.',
  ],
  forandring: [
    'En fast status på forandringen på hvert personalemøde.',
    'Vi beskytter tiden til relationer, mens forandringen sker.',
    'Vi prøver forandringen af i én årgang først.',
    'En fælles tekst til forældrene, før vi går i gang.',
    'Vi følger op på elever i mistrivsel hver måned under forandringen.',
  ],
  inddragelse: [
    'Spørg forældrene efter hvert forløb, hvad der virkede.',
    'Børnene planlægger en dag i SFO hver måned.',
    'Eleverne sætter selv deres mål til elevsamtalen.',
    'Et kort spørgeskema efter skole-hjem-samtalen.',
    'Familien er med, når vi lægger en plan for et barn.',
  ],
  professioner: [
    'Lærere og pædagoger planlægger forløb sammen.',
    'Pædagogerne er med i elevsamtalerne.',
    'Teammøder med eleverne som første punkt.',
    'Én fælles besked til forældrene fra hele teamet.',
    'Sparring om konkrete børn, før det bliver en sag.',
  ],
  trivsel: [
    'Halvér dokumentationen og brug tiden på eleverne.',
    'Faste voksne i frikvartererne, der kan løse konflikter.',
    'Beslutninger skrives ned på hvert møde.',
    'Én indgang for forældrehenvendelser.',
    'Vi fortæller hinanden om de gode resultater på personalemødet.',
  ],
  vildfarelser: [
    'Vi formulerer selv kerneopgaven for mellemtrinnet.',
    'Kerneopgaven tages op hvert halve år og justeres.',
    'Vi skriver både læring og fællesskab ind i vores formulering.',
    'Vi spørger forældrerådet om deres bud på kerneopgaven.',
    'Fællesskabet skal med, ikke kun den enkelte elev.',
  ],
  dilemmaer: [
    'Fællesskabet går forud, men hver elev skal have en plan.',
    'Vi ser på det enkelte barn først og fællesskabet bagefter.',
    'Vores faglige vurdering afgør, men vi forklarer den altid.',
    'Vi lytter til forældrene og siger tydeligt, hvad vi kan.',
    'Vi tager dilemmaet op på teammødet, hver gang det opstår.',
  ],
  tid: [
    'Den ugentlige registrering af aktiviteter – ingen bruger tallene.',
    'Fællesmødet hver anden uge uden beslutninger.',
    'Dobbeltregistrering af fravær i to systemer.',
    'Skemaer til forvaltningen, som vi udfylder i hånden.',
    'Lange handleplaner, som ingen læser, før sagen er lukket.',
    'Referater af møder, hvor intet blev besluttet.',
    'Godkendelse af små indkøb i tre led.',
    'Tilsyn i pauserne, der kunne deles smartere.',
  ],
  egen: [
    'Et fast punkt om kerneopgaven på personalemødet.',
    'Mere tid til fælles planlægning.',
    'Spørg eleverne, hvad de har lært, efter hvert forløb.',
    'Klar information til forældrene hver fredag.',
    'Tidlig sparring om de børn, vi er bekymrede for.',
  ],
};

/** For an exercise the script has no proposals for. */
export const GENERAL_PROPOSALS: readonly string[] = [
  'Et fast punkt om kerneopgaven på personalemødet.',
  'Mindre dokumentation og mere tid med børnene.',
  'Fælles planlægning på tværs af faggrupperne.',
  'Spørg forældre og elever efter hvert forløb.',
  'Tidlig indsats, før problemerne vokser.',
];
