/**
 * Everyday concepts of Danish municipal work (schools, day care, home care, job centres,
 * libraries, social services), each with the Danish and English words staff use for it.
 * Answers that say the same thing in other words ("telefonkø", "ventetid", "they wait too long")
 * then share a term, so they can share a theme.
 *
 * Patterns match a lowercased word: `vent*` is a prefix, `*møde*` a part of a compound, `*kø`
 * an ending (the last part of a compound), and a bare word matches itself or its stem. Patterns
 * are written from knowledge of the field, not fitted to any test set; keep each concept narrow
 * enough that two answers sharing it really are about the same thing.
 */
export interface Concept {
  id: string;
  da: readonly string[];
  en: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  // Time and pace
  { id: 'ventetid', da: ['vent*', '*ventetid*', '*venteliste*', 'kø', 'køen', '*kø', '*køen', '*køer', 'sagsbehandlingstid*', 'behandlingstid*', '*ventetider'], en: ['wait*', 'queue*', 'delay*', 'backlog*'] },
  { id: 'travlhed', da: ['travl*', 'tidspres*', 'stress*', 'stres', 'jag', 'hastværk', '*arbejdspres*', 'presset', 'pres', 'overbelast*', 'spidsbelast*', 'arbejdsmængde*'], en: ['busy', 'rush*', 'stress*', 'pressure*', 'overload*', 'workload*', 'hectic'] },
  { id: 'tid', da: ['tid', 'tiden', 'tidsforbrug', 'tidsrøver*'], en: ['time'] },
  // Paperwork and systems
  { id: 'dokumentation', da: ['dokument*', 'registrer*', 'dobbeltregistrer*', '*registrering*', 'journal*', '*notat*', 'papirarbejd*', 'papir', 'skrivearbejd*', 'rapport*', 'statusopgør*', '*indberetning*', 'indberet*', 'elevplan*', 'handleplan*', '*evaluering*', 'skriftlig*', 'kvalitetsrapport*'], en: ['document*', 'paperwork*', 'paper', 'record*', 'report*', 'note', 'notes', 'logging', 'admin*', 'registration*'] },
  { id: 'møder', da: ['mød', 'møde', 'møder', 'mødet', 'møderne', '*møde', '*møder', '*mødet', '*møderne', 'møde*', 'dagsorden*'], en: ['meet*', 'agenda*'] },
  { id: 'it', da: ['it', 'it-*', 'system*', '*system', '*systemer', '*systemet', '*systemerne', 'computer*', 'pc', 'tablet*', 'app', 'apps', 'log', 'logge', 'login*', 'password*', 'adgangskode*', 'nexus', 'aula', 'momentum', 'sensum', 'kmd', 'outlook', 'teams', 'digitalisering*', 'it-system*', 'netværk', 'wifi', 'opdatering*', 'synkroniser*'], en: ['it', 'system*', 'computer*', 'software', 'tablet*', 'app', 'apps', 'password*', 'login*', 'log', 'crash*', 'laptop*'] },
  { id: 'regler', da: ['regel', 'regl*', '*regler', '*reglerne', 'bureaukrati*', 'godkend*', '*godkendelse*', 'procedur*', 'retningslinj*', 'lovgivning*', 'lov', 'love', 'loven', 'paragraf*', 'krav', 'kravene', '*krav', 'kontrol*', 'visitation*', 'bevilling*', 'tilladelse*', 'formalia', 'cirkulær*'], en: ['rule*', 'bureaucra*', 'approv*', 'procedure*', 'guideline*', 'regulation*', 'law', 'laws', 'legislation', 'requirement*', 'control*', 'permission*'] },
  { id: 'kørsel', da: ['kørsel*', 'kør*', 'køretid*', 'transport*', 'trafik*', 'parkering*', 'parker*', 'bil', 'bilen', 'bilerne', 'kørselsrute*', 'rute*', 'cykl*'], en: ['driv*', 'travel*', 'traffic*', 'parking', 'car', 'cars', 'transport*', 'commut*', 'route*'] },
  // People and staffing
  { id: 'bemanding', da: ['personalemangel', 'mangel*', 'underbeman*', 'beman*', 'normering*', 'hænder', 'personale', 'personalet', 'vikar*', '*vikarer', 'sygdom*', 'syg', 'syge', 'sygemeld*', 'fravær*', 'ubesat*', 'stilling*', 'rekrutter*', 'opsigelse*', 'udskiftning'], en: ['understaff*', 'staff*', 'short-staffed', 'shortstaffed', 'hands', 'temp', 'temps', 'substitute*', 'sick*', 'vacanc*', 'recruit*', 'turnover'] },
  { id: 'kolleger', da: ['kolleg*', '*kolleger', 'team', 'teamet', 'teams', 'fællesskab*', 'sammenhold*', 'hold', 'holdet', 'personalegruppe*', 'sparr*', 'sparring*', 'makker*', 'arbejdsfællesskab*'], en: ['colleagu*', 'coworker*', 'co-worker*', 'team', 'teams', 'teamwork', 'sparring', 'peers'] },
  { id: 'samarbejde', da: ['samarbejd*', '*samarbejde*', 'tværfaglig*', 'tværs', 'koordiner*', '*koordinering', 'overlever*', '*overlevering*', 'videndeling*', 'kommunikation*', 'informationer', 'information*', 'info'], en: ['collaborat*', 'cooperat*', 'coordinat*', 'handover*', 'hand-over*', 'communication*', 'information', 'cross-disciplinary', 'interdisciplinary'] },
  { id: 'ledelse', da: ['ledels*', 'leder', 'lederen', 'ledere', 'lederne', 'chef*', '*chef', 'ledelsen', 'mellemleder*', 'topledelse*', 'forvaltning*', 'forvaltningen', 'direktion*', 'politiker*'], en: ['management', 'manager*', 'leader*', 'leadership', 'boss*', 'politician*'] },
  { id: 'tillid', da: ['tillid*', 'stol*', 'frihed*', '*frihed', 'handlefrihed', 'selvbestem*', 'fleksib*', 'autonomi*', 'selv', 'ansvar*', 'spillerum', 'råderum', 'indflydelse*'], en: ['trust*', 'freedom*', 'autonom*', 'flexib*', 'independen*', 'influence*'] },
  // The work itself
  { id: 'faglighed', da: ['faglig*', 'fagligt', 'fagprofessionel*', 'uddann*', '*uddannelse', 'kompetence*', 'efteruddann*', 'metode*', 'viden', 'fagstolthed', 'professionel*', 'stolthed*'], en: ['professional*', 'skill*', 'training', 'trained', 'expertise', 'competenc*', 'method*', 'knowledge', 'pride'] },
  { id: 'udvikling', da: ['udvikl*', '*udvikling', 'lær*', 'læring*', 'progression*', 'fremskridt*', 'skridt', 'vokse*', 'vokser', 'blomstr*', 'læsekode*', 'aha*', 'selvhjulp*', 'mestr*'], en: ['develop*', 'grow*', 'learn*', 'progress*', 'step', 'steps', 'flourish*', 'thriv*'] },
  { id: 'forskel', da: ['forskel', 'forskellen', 'betyd*', 'mening*', 'meningsfuld*', 'hjalp', 'tak', 'taknemmelig*', 'glæde*', 'smil*'], en: ['difference', 'meaning*', 'thank*', 'grateful*', 'smile*', 'purpose*'] },
  { id: 'hjælp', da: ['hjælp', 'hjælpen', 'hjælpe', 'hjælper', 'hjælpes', 'støtte*', 'indsats*', 'tilbud*', 'ydelse*', 'pleje*', 'rengøring*', 'afklaring*', 'løst', 'løse', 'løsning*'], en: ['help*', 'support*', 'service*', 'care', 'assistance', 'solv*', 'solution*'] },
  { id: 'hørt', da: ['hørt', 'høres', 'lyt*', 'lytte*', 'respekt*', 'anerkend*', 'alvorligt', 'alvor', 'set', 'ses', 'inddrag*', 'medindflydelse', 'råd', 'tryghed*', 'omsorg*', 'nærvær*', 'menneske', 'mennesket'], en: ['heard', 'listen*', 'respect*', 'recogni*', 'serious*', 'seen', 'involv*', 'dignity', 'human', 'person'] },
  { id: 'kontinuitet', da: ['kontinuitet*', 'ansigt*', 'skift*', 'skifte*', 'udskift*', 'kontaktperson*', 'fast', 'faste', 'genkend*', 'historie', 'historien', 'igen'], en: ['continuit*', 'face', 'faces', 'chang*', 'story', 'again'] },
  { id: 'sprog', da: ['brev*', '*brev', '*breve', 'sprog*', '*sprog', 'forstå*', 'uforståelig*', 'blanket*', 'skema*', '*skema', '*skemaer', 'e-boks', 'eboks', 'digital*', 'selvbetjening*', 'mitid', 'nemid', 'hjemmeside*', 'afgørelse*', 'kommunesprog'], en: ['letter*', 'language', 'jargon', 'understand*', 'form', 'forms', 'digital*', 'self-service', 'website*', 'online', 'decision*'] },
  // Groups the work is for
  { id: 'børn', da: ['barn', 'barnet', 'børn*', '*børn', 'elev*', 'unge', 'ung', 'klasse*', 'skolebørn'], en: ['child*', 'kid', 'kids', 'pupil*', 'student*', 'young', 'youth'] },
  { id: 'forældre', da: ['forældr*', '*forældre', 'familie*', 'pårørend*'], en: ['parent*', 'famil*', 'relative*', 'mum', 'mom', 'dad'] },
  { id: 'borger', da: ['borger*', '*borger', '*borgere', '*borgerne', 'bruger*', 'beboer*', 'klient*', 'patient*', 'ældre'], en: ['citizen*', 'resident*', 'user*', 'client*', 'patient*', 'elderly'] },
  { id: 'job', da: ['job', 'jobbet', 'arbejdsmarked*', 'beskæftig*', 'ledig*', 'praktik*', 'ansættelse*', 'løntilskud'], en: ['job', 'jobs', 'employment', 'unemploy*', 'internship*'] },
  // Conditions
  { id: 'økonomi', da: ['økonomi*', 'budget*', 'penge*', 'besparelse*', 'spar', 'spare', 'sparet', 'nedskær*', 'ressource*', 'midler', 'finansier*'], en: ['money', 'budget*', 'cut', 'cuts', 'saving*', 'resource*', 'funding', 'economy', 'finance*'] },
  { id: 'løn', da: ['løn', 'lønnen', 'lønning*', 'lønforhold*', 'tillæg*'], en: ['pay', 'salary', 'wage*'] },
  { id: 'lokaler', da: ['lokale*', 'rum', 'rummene', 'plads', 'pladsen', 'larm*', 'støj*', 'indeklima*', 'bygning*', 'inventar*', 'kontor*', 'storrum*'], en: ['room*', 'space', 'noise*', 'noisy', 'building*', 'office*', 'premises'] },
  { id: 'forandring', da: ['forandring*', 'omstrukturer*', 'reorganiser*', 'organisationsændring*', 'omlægning*', 'ændring*', 'reform*', 'implementer*'], en: ['reorgani*', 'restructur*', 'reform*', 'implementation*'] },
  { id: 'opgaver', da: ['opgave*', '*opgaver', 'kerneopgav*', 'arbejdsopgave*'], en: ['task*', 'duties', 'duty'] },
  { id: 'mål', da: ['mål', 'målet', 'målene', 'målsætning*', 'retning', 'vision*', 'strategi*', 'prioriter*'], en: ['goal*', 'aim*', 'objective*', 'direction', 'vision*', 'strateg*', 'priorit*'] },
  { id: 'roller', da: ['rolle*', '*roller', 'rollefordeling*', 'ansvarsfordeling*', 'arbejdsdeling*'], en: ['role*', 'responsibilit*'] },
];
