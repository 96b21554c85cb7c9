import assert from 'node:assert/strict';
import { CATALOGUE } from '../../domain/catalogue';
import { setupCard } from '../../cards/setup-card';
import type { ExerciseDefinition, Language } from '../../domain/exercise';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { faggrupper } from '../../domain/exercises/faggrupper';
import { faellesRamme } from '../../domain/exercises/faelles-ramme';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { checkSettings } from '../../domain/validation/settings';
import { nodes, ofType, texts } from '../support/card-nodes';

const EXERCISES = CATALOGUE.map((e) => e.definition).filter((d): d is ExerciseDefinition => !!d);
const ids = (card: unknown) =>
  nodes(card)
    .filter((n) => typeof n.id === 'string' && String(n.type).startsWith('Input.'))
    .map((n) => String(n.id));
const text = (card: unknown) => texts(card).join('\n');

describe('setupCard asks only what applies', () => {
  it('asks who answers what only where there are perspectives', () => {
    for (const def of EXERCISES) {
      const hasPerspectives = def.distributions.includes('assigned');
      assert.equal(ids(setupCard('da', def)).includes('distribution'), hasPerspectives, def.id);
      assert.equal(/Hvem svarer på hvad/.test(text(setupCard('da', def))), hasPerspectives, def.id);
    }
  });

  it('shows the own-dilemma fields only when the own dilemma is chosen, and says when they appear', () => {
    const first = setupCard('da', dilemmaer);
    assert.deepEqual(
      ids(first).filter((id) => id.startsWith('ft_')),
      [],
    );
    assert.match(text(first), /Vælger du »Vores eget dilemma«, kommer felterne til det frem, når du trykker »Start øvelsen i en ny tråd«/);
    assert.equal((ofType(first, 'Action.Execute')[0].data as { variantShown: string }).variantShown, 'd1');

    const own = setupCard('da', dilemmaer, { variant: 'own' });
    assert.deepEqual(
      ids(own).filter((id) => id.startsWith('ft_')),
      ['ft_ownDilemma', 'ft_ownSideA', 'ft_ownSideB'],
    );
    for (const action of [...ofType(own, 'Action.Execute'), ...ofType(own, 'Action.Submit')])
      assert.equal((action.data as { variantShown: string }).variantShown, 'own', 'the Submit fallback carries it too');
  });

  it("shows a route's own text only with that route (Et fælles grundlag: a = the formulation)", () => {
    assert.ok(ids(setupCard('en', faellesRamme, { variant: 'a' })).includes('ft_formulation'));
    assert.ok(!ids(setupCard('en', faellesRamme, { variant: 'b' })).includes('ft_formulation'));
  });

  it('asks for groups and phase days only in the exercises that have them', () => {
    for (const def of EXERCISES) {
      const card = setupCard('da', def);
      assert.equal(ids(card).includes('groups'), !!def.needsGroups, def.id);
      assert.equal(ids(card).includes('voteDays'), def.phases.includes('vote'), def.id);
    }
  });

  for (const lang of ['da', 'en'] as Language[]) {
    it(`gives every text field the server's limit as maxLength and says it (${lang})`, () => {
      for (const def of EXERCISES) {
        const card = setupCard(lang, def, { variant: def.variants?.find((v) => v.id === 'own')?.id });
        const inputs = ofType(card, 'Input.Text');
        assert.ok(inputs.length > 0);
        for (const input of inputs) {
          assert.equal(typeof input.maxLength, 'number', `${def.id} ${input.id}`);
          // Groups have a rule of their own (count and length per group), in their hint.
          if (input.id === 'groups') continue;
          const said = lang === 'da' ? `Højst ${input.maxLength} tegn.` : `At most ${input.maxLength} characters.`;
          assert.ok(texts(card).includes(said), `${def.id}: "${said}" for ${input.id}`);
        }
      }
      assert.equal(ofType(setupCard(lang, faggrupper), 'Input.Text').find((i) => i.id === 'groups')?.maxLength, 732);
      assert.match(text(setupCard(lang, faggrupper)), lang === 'da' ? /hver på højst 60 tegn/ : /each at most 60 characters/);
    });

    it(`leaves no placeholder and no bare k in visible text (${lang})`, () => {
      for (const def of EXERCISES) {
        for (const members of [undefined, 2, 6, 40]) {
          const card = setupCard(lang, def, { variant: 'own' }, [], members);
          const visible = [...texts(card), ...nodes(card).flatMap((n) => [n.title, n.placeholder].filter((x): x is string => typeof x === 'string'))];
          for (const line of visible) {
            assert.doesNotMatch(line, /\{[^}]*\}|\$\{/, `${def.id}: ${line}`);
            assert.doesNotMatch(line, /(^|[^\p{L}])k([^\p{L}]|$)/u, `${def.id}: ${line}`);
          }
        }
      }
    });
  }
});

describe('setupCard says how big a team the options need', () => {
  it("one perspective each: 3 × k besides the facilitator with numbers, the channel's count, and a warning when it is below", () => {
    const card = text(setupCard('da', hvemDefinerer, {}, [], 6));
    assert.match(card, /Kanalen har 6 medlemmer\./);
    assert.match(card, /facilitatorens eget svar tæller ikke med, så kanalen skal have mindst 3 × 5 \+ 1 = 16 medlemmer/);
    assert.match(
      card,
      /Kanalen er for lille til »Hver deltager får ét perspektiv«: det kræver mindst 16 medlemmer, og kanalen har 6\. Hvert perspektiv skal have 5 svar, altså 3 × 5 = 15 i alt, og facilitatorens eget svar tæller ikke med\. Lad alle svare på alle tre perspektiver\./,
    );
    assert.doesNotMatch(card, /sænke anonymitetsgrænsen/, 'no lower threshold reaches 5 ÷ 3');
    assert.match(text(setupCard('da', hvemDefinerer, {}, [], 13)), /sænke anonymitetsgrænsen til 4; så rækker kanalens 13 medlemmer/);
    assert.doesNotMatch(text(setupCard('da', hvemDefinerer, {}, [], 16)), /for lille/);
  });

  it('warns a channel of exactly 3 × k, as setup would refuse it, and suggests the k that fits', () => {
    const warnings = (members: number) => ofType(setupCard('da', hvemDefinerer, { distribution: 'assigned' }, [], members), 'TextBlock').filter((b) => b.color === 'Attention');
    assert.deepEqual(
      warnings(15).map((b) => b.text),
      [
        'Kanalen er for lille til »Hver deltager får ét perspektiv«: det kræver mindst 16 medlemmer, og kanalen har 15. Hvert perspektiv skal have 5 svar, altså 3 × 5 = 15 i alt, og facilitatorens eget svar tæller ikke med. Lad alle svare på alle tre perspektiver. Du kan også sænke anonymitetsgrænsen til 4; så rækker kanalens 15 medlemmer til ét perspektiv hver.',
      ],
    );
    // The form warns exactly where a submit is refused (domain/validation/team-size.ts).
    for (const members of [6, 9, 12, 15, 16, 30]) {
      const refused = !checkSettings(hvemDefinerer, { language: 'da', distribution: 'assigned' }, new Date('2026-11-01T09:00:00Z'), undefined, members).ok;
      assert.equal(
        /for lille/.test(
          warnings(members)
            .map((b) => b.text)
            .join(' '),
        ),
        refused,
        `${members} members`,
      );
    }
    assert.match(
      text(setupCard('en', hvemDefinerer, {}, [], 15, [], { kind: 'chat' })),
      /The chat is too small .* at least 16 members, and the chat has 15\. .* the facilitator's own answer does not count/,
    );
  });

  it('uses the k the form holds', () => {
    assert.match(text(setupCard('en', hvemDefinerer, { k: '4' }, [], 20)), /3 × 4 \+ 1 = 13 members/);
  });

  it('professional groups: k per group besides the facilitator, with the groups typed so far', () => {
    const card = text(setupCard('da', faggrupper, { groups: 'Lærere\nPædagoger\nAdministration' }, [], 6));
    assert.match(card, /Med en anonymitetsgrænse på 5 skal hver faggruppe have mindst 5 svar for at blive vist for sig\./);
    assert.match(card, /Med jeres 3 faggrupper skal I altså være mindst 15 ud over facilitatoren/);
    assert.match(card, /Kanalen har 6 medlemmer, og facilitatorens eget svar tæller ikke med\. Med en grænse på 5 kan højst 1 af faggrupperne få svar nok/);
    assert.match(text(setupCard('da', faggrupper)), /Med fx 3 faggrupper skal I altså være mindst 15 ud over facilitatoren/);
    // 15 members: 14 answers can count, enough for two groups of 5, not three.
    assert.match(text(setupCard('da', faggrupper, { groups: 'Lærere\nPædagoger\nAdministration' }, [], 15)), /Kanalen har 15 medlemmer, .* højst 2 af faggrupperne/);
    assert.doesNotMatch(text(setupCard('da', faggrupper, { groups: 'Lærere\nPædagoger\nAdministration' }, [], 16)), /højst \d af faggrupperne/);
  });

  it('warns when the channel has fewer than k members besides the facilitator', () => {
    assert.match(text(setupCard('da', dilemmaer, {}, [], 4)), /Kanalen har kun 4 medlemmer, og facilitatorens eget svar tæller ikke med .* højst 3 svar tælle – færre end grænsen på 5/);
    // Exactly k members: the facilitator's answer never counts, so k is out of reach too.
    assert.match(text(setupCard('da', dilemmaer, {}, [], 5)), /Kanalen har kun 5 medlemmer.* højst 4 svar tælle/);
    assert.doesNotMatch(text(setupCard('da', dilemmaer, {}, [], 6)), /Kanalen har kun/, 'k others besides the facilitator are enough');
    assert.match(text(setupCard('en', dilemmaer, {}, [], 5, [], { kind: 'chat' })), /The chat has only 5 members.* at most 4 answers can count/);
  });

  it('says that the check could not be made when the count is unknown, and warns of nothing', () => {
    const card = setupCard('en', hvemDefinerer);
    assert.match(text(card), /member count could not be read, so it has not been checked/);
    assert.deepEqual(
      ofType(card, 'TextBlock').filter((b) => b.color === 'Attention'),
      [],
    );
  });
});
