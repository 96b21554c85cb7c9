/**
 * The five colleagues of the Playground's mock team (playground/.m365agentsplayground.yml), in
 * the order the answer texts are written for. `profession` finds their own group among the
 * session's professional groups, as they would pick it themselves.
 */
export interface Colleague {
  id: string;
  name: string;
  profession: RegExp;
}

export const COLLEAGUES: readonly Colleague[] = [
  { id: 'user-jonas', name: 'Jonas Kristensen (lærer, TR)', profession: /lærer|undervis|teacher/i },
  { id: 'user-aisha', name: 'Aisha Rahimi (pædagog)', profession: /pædagog|sfo|pedagog/i },
  { id: 'user-lars', name: 'Lars Mikkelsen (lærer)', profession: /lærer|undervis|teacher/i },
  { id: 'user-birgitte', name: 'Birgitte Nørgaard (skolesekretær)', profession: /sekretær|kontor|administ|secretar/i },
  { id: 'user-soeren', name: 'Søren Østergaard (skolepsykolog)', profession: /psykolog|ppr|psycholog/i },
];
