/**
 * What the five colleagues write in free-text fields, by `<exercise or check-in id>.<question id>`,
 * one answer per colleague in the order of team.ts (Jonas, Aisha, Lars, Birgitte, Søren). Written
 * so that the summary finds shared themes and some disagreement: a teacher, a pedagogue, another
 * teacher, the school secretary and the school psychologist, at Skovbakkeskolen's middle school.
 */
export const ANSWER_TEXTS: Readonly<Record<string, readonly string[]>> = {
  // Hvem definerer kerneopgaven?
  'hvem-definerer.formal': [
    'Folkeskoleloven siger, at eleverne skal lære så meget som muligt og trives. Det er opdraget.',
    'Loven og kommunens børnepolitik: læring, trivsel og fællesskab for alle børn.',
    'At eleverne bliver så dygtige, de kan, og at vi løfter alle uanset baggrund.',
    'Læring og trivsel for alle elever, og at skolen samarbejder med forældrene.',
    'Alsidig udvikling og trivsel for alle børn – også dem, der har det svært.',
  ],
  'hvem-definerer.performed': [
    'Vi underviser, men meget tid går med konflikter, dokumentation og møder.',
    'I hverdagen er det trivsel og relationer, der fylder mest – især i frikvartererne.',
    'Undervisning og forberedelse, men også mange samtaler med forældre.',
    'Jeg tager imod forældre og elever, der har brug for hjælp, og får hverdagen til at hænge sammen.',
    'Vi bruger meget tid på de elever, der ikke trives, og for lidt på forebyggelse.',
  ],
  'hvem-definerer.experienced': [
    'Eleverne oplever, at vi er der for dem, men forældrene savner mere information om læringen.',
    'Børnene oplever et trygt fællesskab, hvor de bliver set.',
    'Forældrene synes, der er for lidt tid til det enkelte barn.',
    'Forældrene oplever, at skolen er nem at komme i kontakt med.',
    'Nogle børn oplever, at skolen først reagerer, når det er gået galt.',
  ],

  // En fælles ramme om alle opgaver?
  'faelles-ramme.tasks': [
    'Undervisningen og samarbejdet med forældrene bidrager mest – det er der, læringen sker.',
    'Tiden i frikvartererne og i SFO, hvor vi skaber trivsel og fællesskab.',
    'Planlægning af undervisning, så alle elever bliver udfordret.',
    'Den daglige kontakt med forældre og elever på kontoret holder hverdagen sammen.',
    'Samtaler med elever i mistrivsel og sparring med lærerne.',
  ],
  'faelles-ramme.services': [
    'Undervisning, elevsamtaler og skole-hjem-samtaler.',
    'Et trygt fællesskab og voksne, der er til at få fat i.',
    'Undervisning på elevens niveau og feedback på det, de laver.',
    'Hurtige svar, information og hjælp med det praktiske.',
    'Rådgivning, test og støtte til elever og familier.',
  ],
  'faelles-ramme.gaps': [
    'Dokumentation og registreringer, som ingen bruger bagefter.',
    'Mange interne møder uden konkrete beslutninger.',
    'Tilsyn i pauserne, som kunne organiseres smartere.',
    'Indberetninger til forvaltningen, som tager tid fra forældrene.',
    'Ventetid på udredninger – den passer ikke ind i noget.',
  ],
  'faelles-ramme.importantTasks': [
    'Undervisning, trivsel og samarbejdet med forældrene.',
    'Trivsel, fællesskab og gode overgange mellem skole og SFO.',
    'Undervisning, differentiering og elevsamtaler.',
    'Kontakt med forældre, overblik over elevernes fravær og en rolig hverdag.',
    'Forebyggelse, tidlig indsats og sparring med personalet.',
  ],
  'faelles-ramme.servicesB': [
    'Undervisning og skole-hjem-samarbejde.',
    'Et trygt fællesskab hele dagen.',
    'Faglig udvikling og feedback til hver elev.',
    'Information og hjælp, når forældrene har brug for det.',
    'Rådgivning og støtte, før problemerne vokser.',
  ],
  'faelles-ramme.formulation': [
    'Vi sikrer, at alle børn lærer så meget som muligt og trives i et fællesskab.',
    'Vi skaber læring og trivsel for alle børn sammen med forældrene.',
    'Alle elever skal blive så dygtige, de kan, i en skole, hvor de trives.',
    'Vi giver børnene en tryg skoledag, hvor de lærer og bliver set.',
    'Vi forebygger mistrivsel og giver alle børn mulighed for at lære.',
  ],

  // Hvilke faggrupper bidrager med hvad?
  'faggrupper.change': [
    'Buddet mangler forældrene – vi kan ikke løfte opgaven uden dem.',
    'Jeg savner fællesskabet og legen, ikke kun læring.',
    'Det er for bredt. Skriv, hvad vi konkret gør i undervisningen.',
    'Det er fint, men det skal være kort nok til, at man kan huske det.',
    'Skriv tidlig indsats ind, så vi ikke først handler, når det går galt.',
  ],
  'faggrupper.contribution': [
    'Vi lærere står for undervisningen og kender elevernes faglige niveau.',
    'Pædagogerne skaber relationer og trivsel – i klassen, i pauserne og i SFO.',
    'Vi planlægger undervisningen, så alle elever bliver udfordret.',
    'Kontoret er skolens ansigt udadtil og holder styr på det praktiske.',
    'Vi bidrager med viden om børns udvikling og rådgiver, når et barn ikke trives.',
  ],
  'faggrupper.collaboration': [
    'Fælles planlægning af forløb mellem lærere og pædagoger en gang om måneden.',
    'Lad pædagogerne være med i elevsamtalerne.',
    'Korte fælles møder om de elever, vi er bekymrede for.',
    'Fortæl kontoret om ændringer i tide, så vi kan informere forældrene.',
    'Faste konsultationer, hvor lærere og pædagoger kan få sparring sammen.',
  ],

  // For eller sammen med borgerne?
  'for-eller-sammen.focus': [
    'Vi spørger eleverne, hvad de har lært, ved slutningen af et forløb.',
    'Vi taler med børnene om, hvordan de har det i fællesskabet.',
    'Vi måler læring med test, men vi spørger sjældent, hvad eleverne selv synes.',
    'Forældrene kan altid ringe, og vi svarer samme dag.',
    'Vi følger op på trivselsmålingen, men for sent.',
  ],
  'for-eller-sammen.responsiveness': [
    'Ved at lytte til forældrene uden at love mere, end vi kan holde.',
    'Ved at spørge børnene, før vi bestemmer for dem.',
    'Vi skal lytte, men det er os, der har ansvaret for undervisningen.',
    'Ved at tage os tid til at forklare, hvorfor vi gør, som vi gør.',
    'Ved at være ærlige om vores faglige vurdering, også når den er svær at høre.',
  ],
  'for-eller-sammen.involvement': [
    'Forældrene kunne hjælpe mere med lektier og læsning derhjemme.',
    'De ældre elever kunne hjælpe de yngre i frikvartererne.',
    'Elevernes egne interesser kunne bruges mere i undervisningen.',
    'Forældrerådet kunne stå for flere arrangementer.',
    'Bedsteforældre og netværk kan være en stor støtte for børn, der har det svært.',
  ],
  'for-eller-sammen.coCreation': [
    'Eleverne kunne være med til at lave klassens regler.',
    'Børnene kunne selv planlægge aktiviteter i SFO.',
    'Eleverne kunne vælge mellem opgaver og sætte egne mål.',
    'Forældrene kunne være med til at planlægge skolens arrangementer.',
    'Familierne kunne være med til at lægge planen, når et barn skal have støtte.',
  ],
  'for-eller-sammen.ideas': [
    'Spørg elevrådet, hvad de tror, skolen er til for.',
    'Lav en workshop med børn og forældre om, hvad en god skoledag er.',
    'Lad eleverne skrive deres bud på skolens kerneopgave.',
    'Spørg forældrene i nyhedsbrevet, hvad de forventer af os.',
    'Inviter forældrene med, når vi drøfter kerneopgaven på et personalemøde.',
  ],

  // At navigere i forandringer
  'forandring.meaning': [
    'Det kan give mere tid til undervisningen, hvis det bliver gjort ordentligt.',
    'Det betyder, at vi skal finde nye måder at skabe trivsel på.',
    'Det ændrer måden, vi planlægger undervisningen på.',
    'Det betyder flere henvendelser fra forældre i starten.',
    'Det kan blive sværere at opdage de børn, der ikke trives.',
  ],
  'forandring.risk': [
    'Vi risikerer at miste tid med eleverne til nye procedurer.',
    'Relationerne til børnene kan blive svækket.',
    'Vi kan miste den faglige frihed i undervisningen.',
    'Forældrene kan miste overblikket, hvis vi ikke informerer godt nok.',
    'Den tidlige indsats kan blive glemt.',
  ],
  'forandring.possible': [
    'Mere samarbejde mellem lærere og pædagoger.',
    'Nye måder at skabe fællesskab i klasserne på.',
    'At vi kan tænke undervisningen på tværs af fag.',
    'En enklere hverdag med færre manuelle opgaver.',
    'At vi kan komme tidligere ind, når et barn har det svært.',
  ],

  // Grader af inddragelse
  'inddragelse.step': [
    'Spørg forældrene efter hvert forløb, hvad der virkede.',
    'Lad børnene være med til at planlægge en dag i SFO hver måned.',
    'Elevsamtaler, hvor eleven selv sætter sine mål.',
    'Et kort spørgeskema til forældrene efter skole-hjem-samtalen.',
    'Inviter familien med, når vi lægger en plan for et barn.',
  ],

  // At understøtte og udfordre stærke professioner
  'professioner.supports': [
    'Kerneopgaven giver os ret til at prioritere undervisningen.',
    'Den gør trivsel til noget, vi alle har ansvar for.',
    'Den minder os om, at læring er målet, ikke aktiviteterne.',
    'Den gør det lettere at sige nej til opgaver, der ikke hjælper børnene.',
    'Den giver plads til at arbejde forebyggende.',
  ],
  'professioner.challenges': [
    'Vi er vant til at arbejde alene med vores klasse.',
    'Vi pædagoger bliver tit set som hjælpere i undervisningen.',
    'Vores vane med at planlægge fag for fag.',
    'Vi arbejder meget efter faste procedurer, som ikke altid passer.',
    'Vores tradition for at udrede i stedet for at handle tidligt.',
  ],
  'professioner.meet': [
    'I planlægningen af forløb, hvor lærere og pædagoger tænker sammen.',
    'I elevsamtaler, hvor flere faggrupper er med.',
    'I teammøderne, hvis vi taler om eleverne og ikke kun om det praktiske.',
    'I informationen til forældrene, så vi siger det samme.',
    'I sparring om konkrete børn, før det bliver en sag.',
  ],

  // At koble trivsel tættere til opgaveløsningen
  'trivsel.meaning': [
    'Når en elev endelig forstår noget, hun har kæmpet med.',
    'Når et barn, der var alene, får en ven i fællesskabet.',
    'At se eleverne blive dygtigere i løbet af året.',
    'At hjælpe forældre, så de går herfra med et svar.',
    'Når et barn i mistrivsel får det bedre, fordi vi handlede i tide.',
  ],
  'trivsel.results': [
    'Når eleverne kan vise, hvad de har lært, ved slutningen af et forløb.',
    'Når børnene leger på tværs af klasserne.',
    'Det ser vi sjældent – vi får for lidt at vide om resultaterne.',
    'Når forældrene siger tak eller kommer tilbage med gode nyheder.',
    'Når en elev vender tilbage til klassen efter en svær periode.',
  ],
  'trivsel.drains': [
    'Dokumentation og registreringer, som ingen læser.',
    'Konflikter, vi ikke har tid til at løse ordentligt.',
    'Møder uden beslutninger og for lidt forberedelsestid.',
    'Mange afbrydelser og systemer, der ikke taler sammen.',
    'Ventelister og sager, der trækker ud.',
  ],

  // Tre vildfarelser
  'vildfarelser.different': [
    'Vi ville selv formulere, hvad kerneopgaven betyder i vores klasser.',
    'Vi ville tale om, at vi har flere opgaver, og prioritere mellem dem.',
    'Vi ville tage fat i, hvad eleverne skal lære, ikke kun hvordan de har det.',
    'Vi ville spørge forældrene, hvad de mener, skolen er til for.',
    'Vi ville se på fællesskabet og ikke kun den enkelte elev.',
  ],

  // Dilemmaer
  'dilemmaer.reason': [
    'Fællesskabet i klassen må ikke gå tabt, men den enkelte elev skal kunne følge med.',
    'Børnene har brug for, at vi ser hver enkelt, ellers falder nogle fra.',
    'Vores faglige vurdering må veje tungest, det er det, vi er uddannet til.',
    'Forældrenes ønsker skal høres, men vi kan ikke altid opfylde dem.',
    'Det afhænger af barnet; ingen regel passer til alle situationer.',
  ],

  // Kerneopgave-tjek
  'kerneopgave-tjek.obstacles': [
    'For mange møder og for lidt forberedelse.',
    'Vikardækning og konflikter i frikvartererne.',
    'Dokumentation, der tog tid fra undervisningen.',
    'Mange afbrydelser på kontoret og et nyt system.',
    'Sager, der trak ud, fordi vi ikke fik handlet i tide.',
  ],
  'kerneopgave-tjek.more': [
    'Fælles planlægning mellem lærere og pædagoger.',
    'Tid til at tale med børnene om, hvordan de har det.',
    'Korte møder med faste beslutninger.',
    'Information til forældrene i god tid.',
    'Tidlig sparring om de børn, vi er bekymrede for.',
  ],

  // Fælles forståelse
  'faelles-forstaaelse.sentence': [
    'Vi sikrer, at alle elever lærer så meget som muligt og trives.',
    'Vi skaber et trygt fællesskab, hvor alle børn lærer og trives.',
    'Eleverne skal blive så dygtige, de kan.',
    'Vi giver børnene en god skoledag og forældrene en skole, de kan stole på.',
    'Vi hjælper alle børn med at lære og trives, også dem, der har det svært.',
  ],
};

/**
 * For a question the script has no answers for (a team's own question, a newer exercise): short,
 * varied answers that read well under most questions, so the session can still be tried.
 */
export const GENERAL_TEXTS: readonly string[] = [
  'Mere tid med eleverne og mindre dokumentation.',
  'Trivsel og fællesskab skal fylde mere i hverdagen.',
  'Bedre planlægning, så undervisningen hænger sammen.',
  'Klar information til forældrene i god tid.',
  'Tidlig indsats, før problemerne vokser.',
];
