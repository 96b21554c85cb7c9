import assert from 'node:assert/strict';
import { CATALOGUE } from '../../domain/catalogue';
import { catalogueCard } from '../../cards/catalogue-card';
import { escapeMarkdown } from '../../cards/escape';
import { errorCard, noticeCard, welcomeCard } from '../../cards/notice-card';
import { CARD_SIZE_MAX, cardSize, type AdaptiveCard } from '../../cards/render';
import { answerFormCard, sessionCard } from '../../cards/session-card';
import { setupCard } from '../../cards/setup-card';
import { summaryCard } from '../../cards/summary-card';
import type { Distribution, Language } from '../../domain/exercise';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import type { Session, SessionState } from '../../domain/session';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import type { AnswerTexts } from '../../domain/validation/answer';
import { nodes, ofType, texts, type Json, bare } from '../support/card-nodes';
import { dataDeleteConfirmCard, dataDeletePromptCard } from '../../cards/data-delete-card';

function session(
  over: { state?: SessionState; distribution?: Distribution; language?: Language; title?: string; k?: number; deadline?: string; timeZone?: string; facilitator?: string } = {},
): Session {
  return {
    schema: 1,
    id: 'sess-01HZX3',
    exerciseId: 'hvem-definerer',
    exerciseVersion: 1,
    settings: {
      title: over.title ?? 'Vores kerneopgave i hjemmeplejen',
      k: over.k ?? 5,
      language: over.language ?? 'da',
      distribution: over.distribution ?? 'all',
      timeZone: over.timeZone ?? 'Europe/Copenhagen',
      ...(over.deadline ? { deadline: over.deadline } : {}),
    },
    facilitator: { id: '29:1mette', name: over.facilitator ?? 'Mette Holm' },
    state: over.state ?? 'open',
    place: { serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 't1', teamsChannelId: '19:abc@thread.tacv2' },
    createdAt: '2026-11-01T09:00:00Z',
    shownProgress: 0,
  };
}

/** The card without its `refresh`: Teams calls that action itself, and a client without per-user views ignores it, so it is no button and needs no fallback. */
const buttonsOf = (card: AdaptiveCard): AdaptiveCard => ({ ...card, refresh: undefined });
const executeVerbs = (card: AdaptiveCard) => ofType(buttonsOf(card), 'Action.Execute').map((a) => a.verb);
/** True when `ch` occurs in `text` without a backslash before it, i.e. as markdown. */

const ANSWERS: AnswerTexts[] = [
  { formal: 'Loven siger, at **borgerne** skal have hjælp.', performed: 'Dokumentation og kørsel.', experienced: 'Borgerne venter på os.' },
  { formal: 'Serviceloven: borgerne skal have [hjælp](http://evil.example).', performed: 'Dokumentation, møder og kørsel.', experienced: 'Borgerne oplever travlhed.' },
  { formal: 'Borgerne skal være selvhjulpne.', performed: 'Vi dokumenterer og kører.', experienced: 'Borgerne oplever ventetid.' },
  { formal: 'Hjælp til selvhjælp for borgerne.', performed: 'Dokumentation fylder.', experienced: 'At vi har travlt.' },
  { formal: 'Loven om hjemmepleje.', performed: 'Kørsel mellem borgerne.', experienced: 'Borgerne er trygge.' },
  { formal: 'Borgerne i centrum.', performed: 'Tid med borgerne.', experienced: 'Travlhed.' },
];

const CARDS: [string, () => AdaptiveCard][] = [
  ['catalogue (da)', () => catalogueCard('da')],
  ['catalogue (en)', () => catalogueCard('en')],
  ['setup', () => setupCard('da', hvemDefinerer)],
  ['setup with problems', () => setupCard('en', hvemDefinerer, { title: 'Titel', k: '2' }, ['The threshold is wrong.'])],
  ['session open/all', () => sessionCard(session(), 3)],
  ['session open/assigned', () => sessionCard(session({ distribution: 'assigned', deadline: '2026-12-01T15:00:00Z' }), 12)],
  ['session closing', () => sessionCard(session({ state: 'closing' }), 12)],
  ['session closed', () => sessionCard(session({ state: 'closed', language: 'en' }), 12)],
  ['notice', () => noticeCard('Tak', ['Dit svar er gemt.', 'Endnu en linje.'])],
  ['error', () => errorCard('da', 'error.onlyFacilitator', { name: 'Mette' })],
  ['welcome', () => welcomeCard('en')],
  ['answer form', () => answerFormCard(session({ distribution: 'assigned' }), ['performed'], 'Dit perspektiv')],
  ['summary shown', () => summaryCard(session({ state: 'closed' }), summarisePerspectives(hvemDefinerer, ANSWERS, 5, 'all'))],
  ['summary not shown', () => summaryCard(session({ state: 'closed' }), summarisePerspectives(hvemDefinerer, ANSWERS.slice(0, 4), 5, 'all'))],
  ['delete data prompt', () => dataDeletePromptCard('da')],
  ['delete data confirmation', () => dataDeleteConfirmCard('en', { sessions: 3, schedules: 1 })],
];

describe('every card', () => {
  for (const [name, build] of CARDS) {
    describe(name, () => {
      const card = build();

      it('is an Adaptive Card 1.5', () => {
        assert.equal(card.type, 'AdaptiveCard');
        assert.equal(card.version, '1.5');
      });

      it('has no unexpanded template expression', () => {
        assert.equal(JSON.stringify(card).includes('${'), false, JSON.stringify(card).match(/.{40}\$\{.{40}/)?.[0]);
      });

      it('is under 80 KB', () => {
        assert.ok(cardSize(card) < 80 * 1024, `${cardSize(card)} UTF-16 code units`);
        assert.equal(CARD_SIZE_MAX, 80 * 1024);
      });

      it('gives every Action.Execute an Action.Submit fallback with the same verb', () => {
        for (const action of ofType(buttonsOf(card), 'Action.Execute')) {
          const data = action.data as Json;
          const fallback = action.fallback as Json | undefined;
          assert.equal(data.verb, action.verb, "data.verb is the action's verb");
          assert.equal(fallback?.type, 'Action.Submit', `fallback of ${String(action.verb)}`);
          assert.deepEqual(fallback?.data, data, `fallback data of ${String(action.verb)}`);
          assert.equal(fallback?.title, action.title);
        }
      });

      it('has text in every TextBlock', () => {
        for (const text of texts(card)) assert.notEqual(text.trim(), '');
      });
    });
  }
});

describe('catalogueCard', () => {
  for (const [lang, soon] of [
    ['da', 'Kommer snart'],
    ['en', 'Coming soon'],
  ] as const) {
    it(`lists the catalogue: the live ones startable, the rest '${soon}' (${lang})`, () => {
      const card = catalogueCard(lang);
      const entries = (card.body as Json[]).filter((n) => n.type === 'Container');
      assert.equal(entries.length, CATALOGUE.length);
      assert.ok(CATALOGUE.length >= 12, "the eleven seed exercises and the team's own");
      const liveIds = CATALOGUE.filter((e) => e.definition).map((e) => e.id);
      assert.ok(liveIds.includes('hvem-definerer') && liveIds.length >= 2);
      assert.equal(texts(card).filter((t) => t === soon).length, CATALOGUE.length - liveIds.length);
      const starts = ofType(card, 'Action.Execute');
      assert.deepEqual(
        starts.map((a) => a.data),
        liveIds.map((exerciseId) => ({ verb: 'catalogue.setup', exerciseId })),
      );
      const live = entries.filter((e) => ofType(e as AdaptiveCard, 'Action.Execute').length > 0);
      assert.equal(live.length, liveIds.length);
      assert.ok(texts(live[0] as AdaptiveCard).includes(lang === 'da' ? 'Hvem definerer kerneopgaven?' : 'Who defines the core task?'));
    });
  }
});

describe('setupCard', () => {
  it('prefills k as a number, which is what Input.Number takes', () => {
    const [k] = ofType(setupCard('da', hvemDefinerer), 'Input.Number');
    assert.deepEqual([k.id, k.value, k.min, k.max], ['k', 5, 3, 50]);
  });

  it("shows the facilitator's values again after a bad submit", () => {
    const card = setupCard(
      'da',
      hvemDefinerer,
      { title: 'Min titel', k: '7', language: 'en', distribution: 'assigned', deadlineDate: '2026-12-01', deadlineTime: '16:00', proposalsDays: '3', voteDays: 'x' },
      ['Fejl 1'],
    );
    const byId = Object.fromEntries(
      nodes(card)
        .filter((n) => typeof n.id === 'string')
        .map((n) => [n.id, n.value]),
    );
    assert.deepEqual(byId, {
      title: 'Min titel',
      k: 7,
      deadlineDate: '2026-12-01',
      deadlineTime: '16:00',
      language: 'en',
      distribution: 'assigned',
      proposalsDays: 3,
      voteDays: null,
      pace: 'days',
      answerMinutes: 8,
      proposalsMinutes: 5,
      voteMinutes: 3,
      skipToResult: 'false',
    });
    assert.ok(texts(card).includes('Fejl 1'));
  });

  it('falls back to the default k when the old value cannot be shown as a number', () => {
    const [k] = ofType(setupCard('da', hvemDefinerer, { k: 'fem' }), 'Input.Number');
    assert.equal(k.value, 5);
  });

  it('limits the title to 120 characters', () => {
    const title = ofType(setupCard('da', hvemDefinerer), 'Input.Text').find((n) => n.id === 'title');
    assert.equal(title?.maxLength, 120);
  });

  it('sends session.create with the exercise id', () => {
    assert.deepEqual(
      ofType(setupCard('en', hvemDefinerer), 'Action.Execute').map((a) => a.data),
      [{ verb: 'session.create', exerciseId: 'hvem-definerer', variantShown: '' }],
    );
  });
});

describe('sessionCard', () => {
  it("open, 'all': three 1000-character answer fields and send; the facilitator's buttons only in her own view", () => {
    const card = sessionCard(session(), 3);
    const inputs = ofType(card, 'Input.Text');
    assert.deepEqual(
      inputs.map((i) => [i.id, i.maxLength, i.isMultiline]),
      [
        ['formal', 1000, true],
        ['performed', 1000, true],
        ['experienced', 1000, true],
      ],
    );
    assert.deepEqual(executeVerbs(card), ['session.answer']);
    assert.deepEqual(executeVerbs(sessionCard(session(), 3, [], undefined, 'facilitator')), ['session.closeAsk', 'session.cancel', 'session.answer'], 'her buttons in a box at the top');
    for (const action of ofType(card, 'Action.Execute')) assert.equal((action.data as Json).sessionId, 'sess-01HZX3');
    const refresh = card.refresh as { action: Json; userIds: string[] };
    assert.deepEqual(refresh.userIds, [session().facilitator.id], "Teams asks for the facilitator's own view");
    assert.equal(refresh.action.verb, 'session.view');
  });

  it("open, 'assigned': no fields on the shared card, a button to get one's perspective", () => {
    const card = sessionCard(session({ distribution: 'assigned' }), 3);
    assert.equal(ofType(card, 'Input.Text').length, 0);
    assert.deepEqual(executeVerbs(card), ['session.assign']);
  });

  it('closing: no fields and no actions', () => {
    const card = sessionCard(session({ state: 'closing' }), 6);
    assert.equal(ofType(card, 'Input.Text').length, 0);
    assert.deepEqual(card.actions ?? [], []);
  });

  it('closed: says so, with no fields and no actions', () => {
    const card = sessionCard(session({ state: 'closed' }), 6);
    assert.equal(ofType(card, 'Input.Text').length, 0);
    assert.deepEqual(card.actions ?? [], []);
    assert.equal(ofType(card, 'Action.Execute').length + ofType(card, 'Action.Submit').length, 0);
    assert.ok(texts(card).includes('Øvelsen er lukket'));
  });

  it("says only 'fewer than k' below k", () => {
    const card = sessionCard(session({ k: 5 }), 4);
    assert.ok(texts(card).includes('Færre end 5 svar indtil videre.'));
    assert.equal(
      texts(card).some((t) => /\b4\b/.test(t)),
      false,
    );
  });

  it('shows progress in steps of k, not the exact count', () => {
    const card = sessionCard(session({ language: 'en', k: 5 }), 9);
    assert.ok(texts(card).includes('At least 5 answers so far.'));
    assert.equal(
      texts(card).some((t) => /\b9\b/.test(t)),
      false,
    );
  });

  it('states the threshold k for everyone to see', () => {
    assert.ok(texts(sessionCard(session({ k: 7 }), 0)).some((t) => t.includes('mindst 7 personer')));
  });

  it('shows the deadline in Danish time', () => {
    assert.ok(texts(sessionCard(session({ deadline: '2026-12-01T15:00:00Z' }), 0)).includes('Frist: 1. dec. 2026 kl. 16:00'));
    assert.ok(texts(sessionCard(session({ language: 'en', deadline: '2027-06-01T14:00:00Z' }), 0)).includes('Deadline: 1 Jun 2027, 16:00'));
  });

  it('shows the deadline in the zone the facilitator typed it in', () => {
    const card = sessionCard(session({ language: 'en', deadline: '2026-12-01T21:00:00Z', timeZone: 'America/New_York' }), 0);
    assert.ok(texts(card).includes('Deadline: 1 Dec 2026, 16:00'));
  });

  it("escapes the title and the facilitator's name typed by people", () => {
    const title = '**Vigtigt** [klik her](http://evil.example) <b>nu</b>';
    const card = sessionCard(session({ title, facilitator: '[Mette](http://evil.example)' }), 0);
    const [heading] = texts(card);
    assert.equal(heading, escapeMarkdown(title));
    const facilitator = texts(card).find((t) => t.startsWith('Facilitator:'));
    for (const text of [heading, facilitator ?? '']) {
      for (const ch of ['*', '[', ']']) assert.equal(bare(text, ch), false, `bare '${ch}' in ${text}`);
      assert.equal(text.includes('<'), false, text);
    }
    assert.ok(facilitator?.includes('Mette'));
  });

  it("uses the exercise's title when the session has none", () => {
    assert.equal(texts(sessionCard(session({ title: '' }), 0))[0], 'Hvem definerer kerneopgaven?');
  });

  it('refuses a session whose exercise is not in the catalogue', () => {
    assert.throws(() => sessionCard({ ...session(), exerciseId: 'findes-ikke' }, 0), /findes-ikke/);
  });
});

describe('answerFormCard', () => {
  it('has only the asked fields, and gives back the text that was typed', () => {
    const long = 'ord '.repeat(300);
    const card = answerFormCard(session(), ['performed', 'experienced'], 'Prøv igen', ['For langt'], { performed: long, experienced: 42, formal: 'ikke spurgt' });
    assert.deepEqual(
      ofType(card, 'Input.Text').map((i) => [i.id, i.value, i.maxLength]),
      [
        ['performed', long, 1000],
        ['experienced', '', 1000],
      ],
    );
    assert.ok(texts(card).includes('For langt'));
    assert.deepEqual(executeVerbs(card), ['session.answer']);
  });
});

describe('summaryCard', () => {
  it('below k shows the headline and hint, and no quotes or words from the answers', () => {
    const card = summaryCard(session({ state: 'closed' }), summarisePerspectives(hvemDefinerer, ANSWERS.slice(0, 4), 5, 'all'));
    assert.deepEqual(texts(card), [
      'Opsamling: Vores kerneopgave i hjemmeplejen',
      'Der kom færre end 5 svar fra andre end facilitatorerne. For at ingen kan genkendes, vises resultatet ikke.',
      'Overvej at køre øvelsen igen med flere deltagere eller en længere frist.',
    ]);
    const json = JSON.stringify(card);
    assert.equal(json.includes('“'), false);
    for (const word of ['borgerne', 'Dokumentation', 'Loven', 'Travlhed']) assert.equal(json.toLowerCase().includes(word.toLowerCase()), false, word);
  });

  it('with k or more shows themes with escaped quotes, what is shared and the discussion', () => {
    const card = summaryCard(session({ state: 'closed' }), summarisePerspectives(hvemDefinerer, ANSWERS, 5, 'all'));
    const all = texts(card);
    // The headline leads with the largest theme: "borgerne", in five of the six formal answers.
    // No size: "5 svar" of 6 would give away that one answer is in no theme (docs/anonymity.md, rule 7, "Sizes").
    assert.ok(all.includes('6 personer har svaret. Det største tema er »borgerne · hjælp« (den formelle kerneopgave).'), all[1]);
    const quotes = all.filter((t) => t.startsWith('“'));
    assert.ok(quotes.length > 0);
    for (const quote of quotes) for (const ch of ['*', '[', ']']) assert.equal(bare(quote, ch), false, quote);
    const escapedAnswers = ANSWERS.flatMap((a) => Object.values(a)).map((text) => `“${escapeMarkdown(text)}”`);
    for (const quote of quotes) assert.ok(escapedAnswers.includes(quote), `not an escaped answer: ${quote}`);
    assert.ok(all.some((t) => t.startsWith('Det går igen på tværs:') && t.includes('borgerne')));
    assert.ok(all.includes('Til drøftelse'));
  });

  it('shows a hidden perspective without its count or themes', () => {
    const answers = ANSWERS.map(({ formal, performed }, i): AnswerTexts => (i < 2 ? { formal, performed, experienced: 'Hemmelig oplevelse' } : { formal, performed }));
    const card = summaryCard(session({ state: 'closed', language: 'en' }), summarisePerspectives(hvemDefinerer, answers, 5, 'all'));
    const json = JSON.stringify(card);
    assert.equal(json.includes('Hemmelig'), false);
    const containers = (card.body as Json[]).filter((n) => n.type === 'Container' && texts(n as AdaptiveCard)[0] === 'The experienced core task');
    assert.equal(containers.length, 1);
    const hidden = texts(containers[0] as AdaptiveCard);
    assert.equal(hidden.length, 2);
    assert.match(hidden[1], /Not shown, to protect anonymity/);
    assert.doesNotMatch(hidden[1], /\b2\b/);
  });
});

describe('render', () => {
  it('refuses to build a card over 80 KB', () => {
    assert.throws(() => noticeCard('For stor', ['x'.repeat(81 * 1024)]), /over the limit of 81920 \(UTF-8 bytes or UTF-16 code units\)/);
  });

  it('counts a card by the larger of UTF-8 bytes and UTF-16 code units, so it is never laxer than either', () => {
    const base = cardSize(noticeCard('Størrelse', ['']));
    assert.equal(cardSize(noticeCard('Størrelse', ['æøå'])) - base, 6, 'two bytes each in UTF-8');
    assert.equal(cardSize(noticeCard('Størrelse', ['🙂'])) - base, 4, 'four bytes in UTF-8, two code units in UTF-16');
    const ascii = cardSize(noticeCard('Size', ['']));
    assert.equal(cardSize(noticeCard('Size', ['abc'])) - ascii, 3);
  });

  it('refuses a Danish card that is over 80 KB in UTF-8 even when it is under in UTF-16', () => {
    const danish = 'Vi mødes på tværs af faggrænser, så borgerens forløb hænger sammen. ';
    const lines = Array.from({ length: 80 }, (_, i) => `${i}. ${danish.repeat(14)}`);
    assert.throws(() => noticeCard('Lang opsamling', lines), /over the limit/);
    assert.ok(noticeCard('Kortere opsamling', lines.slice(0, 60)), 'three quarters of it fits');
  });

  it('does not evaluate template expressions inside the data', () => {
    const card = noticeCard('${title}', ['${$root.lines}', "${if(true, 'a', 'b')}"]);
    assert.deepEqual(texts(card), ['${title}', '${$root.lines}', "${if(true, 'a', 'b')}"]);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises links, by escaping the brackets that make them', () => {
    const out = escapeMarkdown('[x](http://evil)');
    assert.equal(bare(out, '['), false);
    assert.equal(bare(out, ']'), false);
    assert.equal(out.replace(/\\/g, ''), '[x](http://evil)', 'the text itself is kept');
  });

  it('neutralises bold and italics', () => {
    const out = escapeMarkdown('**bold** and _it_');
    assert.equal(bare(out, '*'), false);
    assert.equal(bare(out, '_'), false);
  });

  it('neutralises HTML', () => {
    const out = escapeMarkdown('<b>fed</b>');
    assert.equal(out.includes('<'), false);
    assert.equal(out.includes('<b>'), false);
  });

  it('neutralises a leading list marker, on every line', () => {
    assert.equal(escapeMarkdown('- punkt').startsWith('- '), false);
    assert.equal(
      escapeMarkdown('første\n- andet\n+ tredje')
        .split('\n')
        .some((line) => /^[-+] /.test(line)),
      false,
    );
    assert.equal(escapeMarkdown('1. punkt').startsWith('1. '), false);
  });

  it('neutralises headings and block quotes', () => {
    assert.equal(escapeMarkdown('# Overskrift').startsWith('#'), false);
    assert.equal(escapeMarkdown('> citat').startsWith('>'), false);
  });

  it('leaves ordinary Danish text alone', () => {
    const text = 'Børnenes trivsel, læring og ånd – 5 stk. om dagen, ikke? Jo!';
    assert.equal(escapeMarkdown(text), text);
  });

  it('leaves a hyphen inside a line alone', () => {
    assert.equal(escapeMarkdown('Hjemme-pleje - det er os'), 'Hjemme-pleje - det er os');
  });
});
