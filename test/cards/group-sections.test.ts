import assert from 'node:assert/strict';
import { groupSections } from '../../cards/group-sections';
import { summariseGroups, type GroupsSummary } from '../../domain/summary/groups';

const identity = <T>(xs: T[]): T[] => xs;
const people = (group: string, texts: readonly string[]) => texts.map((kerneopgave) => ({ faggruppe: group, kerneopgave }));
const LIST = ['Lærere', 'Pædagoger', 'Administration', 'Ledelse'];
const LAERER = ['Undervisningen og elevernes trivsel.', 'Elevernes trivsel og læring i undervisningen.', 'Undervisningen skal give eleverne læring.', 'Trivsel for eleverne hver dag.'];
const POOL = [
  ...people('Pædagoger', ['Trivsel og fællesskab for eleverne hver dag.']),
  ...people('Administration', ['Eleverne skal have trivsel og fællesskab hver dag.', 'Fællesskab og trivsel for eleverne hver dag.']),
];

function shownGroups(answers: Record<string, string>[], k = 3): Extract<GroupsSummary, { shown: true }> {
  const s = summariseGroups('faggruppe', ['kerneopgave'], answers, LIST, k, identity);
  assert.ok(s.shown);
  return s;
}

describe("groupSections: the summary card's professional groups", () => {
  it("says which groups were pooled in Øvrige faggrupper, the empty one too, and shows the pool's themes and quotes", () => {
    const sections = groupSections('da', shownGroups([...people('Lærere', LAERER), ...POOL]));
    assert.deepEqual(
      sections.map((s) => s.label),
      ['Lærere', 'Øvrige faggrupper'],
    );
    const pool = sections[1];
    assert.equal(pool.countText, 'Pædagoger, Administration og Ledelse er lagt sammen i Øvrige faggrupper (3 personer), så ingen lille faggruppe kan genkendes.');
    assert.ok(pool.themes.length > 0 && pool.themes.some((t) => t.quotes.length > 0), JSON.stringify(pool));
  });

  it("quotes a group's answers that fit none of its themes under Andre svar, without a count", () => {
    const odd = ['Kaffe på stuen om fredagen.', 'Frokost sammen med kollegerne.', 'Vi mangler en ny printer.'];
    const sections = groupSections('da', shownGroups(people('Lærere', [...LAERER, ...odd])));
    const other = sections[0].themes.find((t) => t.heading === 'Andre svar');
    assert.ok(other && other.quotes.length >= 2, JSON.stringify(sections[0].themes));
    for (const q of other.quotes)
      assert.ok(
        odd.some((o) => q === `“${o}”`),
        q,
      );
  });

  it("names the same groups whoever of them took part: only the pool's size follows from the total", () => {
    const a = groupSections('en', shownGroups([...people('Lærere', LAERER), ...POOL]));
    const b = groupSections(
      'en',
      shownGroups([
        ...people('Lærere', LAERER),
        ...people('Ledelse', [POOL[0].kerneopgave]),
        ...people(
          'Pædagoger',
          POOL.slice(1).map((p) => p.kerneopgave),
        ),
      ]),
    );
    assert.equal(a[1].countText, b[1].countText);
    assert.equal(a[1].countText, 'Pædagoger, Administration and Ledelse are pooled in Other professional groups (3 people), so that no small group can be recognised.');
  });

  it('names pooled groups with no one in them without a count or content', () => {
    const sections = groupSections('da', shownGroups(people('Lærere', LAERER)));
    assert.equal(sections[1].countText, 'Pædagoger, Administration og Ledelse er lagt sammen i Øvrige faggrupper, men der er for få personer her, så intet vises.');
    assert.deepEqual(sections[1].themes, []);
  });

  it("says on each group's section how much is held back, as any section does", () => {
    // Each names something only its writer would (a rabbit, a trampoline, a hut), and too little is left to redact.
    const rare = [
      ...people('Pædagoger', ['Trivsel og fællesskab for eleverne ved trampolinen.']),
      ...people('Administration', ['Eleverne og kaninen skal have trivsel.', 'Trivsel for eleverne ved bålhytten.']),
    ];
    const sections = groupSections('da', shownGroups([...people('Lærere', LAERER), ...rare]));
    assert.notEqual(sections[1].heldBackText, '', JSON.stringify(sections[1]));
    assert.ok(
      sections[1].themes.every((t) => t.quotes.length === 0),
      'fewer than k could be quoted, so none is',
    );
  });

  it("never sizes a group's theme so that the group's count says how many wrote about something else", () => {
    // Six teachers, five of whom write about eleverne and tid: "5 personer" next to "6 personer" would say exactly one did not.
    const texts = [
      'Tid til eleverne i undervisningen.',
      'Eleverne skal have tid til at lære.',
      'Mere tid med eleverne hver dag.',
      'Eleverne og tid til fordybelse.',
      'Tid og ro for eleverne.',
      'Struktur og faglighed i hverdagen.',
    ];
    const sections = groupSections('da', shownGroups(people('Lærere', texts)));
    assert.equal(sections[0].countText, '6 personer');
    const heading = sections[0].themes.find((t) => /eleverne|tid/.test(t.heading))?.heading ?? '';
    assert.ok(heading !== '' && !/\(5 personer\)/.test(heading), JSON.stringify(sections[0].themes));
  });

  it('adds no pooled section when every listed group is shown', () => {
    const s = summariseGroups('faggruppe', ['kerneopgave'], [...people('Lærere', LAERER), ...people('Pædagoger', LAERER)], ['Lærere', 'Pædagoger'], 3, identity);
    assert.ok(s.shown);
    assert.deepEqual(
      groupSections('da', s).map((x) => x.label),
      ['Lærere', 'Pædagoger'],
    );
  });
});
