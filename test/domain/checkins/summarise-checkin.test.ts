import assert from "node:assert/strict";
import { summariseCheckin } from "../../../domain/checkins/summarise-checkin";
import { roundDefinition } from "../../../domain/checkins/templates";
import type { AnswerTexts } from "../../../domain/validation/answer";

const DUE = "2027-03-01T08:00:00.000Z";

describe("summariseCheckin", () => {
  it("kerneopgave-tjek: the ordinary summary, with the carried items apart and the two scales as trend figures", () => {
    const carried = ["Fast punkt på mødet"];
    const def = roundDefinition({ templateId: "kerneopgave-tjek" }, carried);
    const answers: AnswerTexts[] = ["4", "4", "3", "5", "4"].map((clarity, i) => ({ clarity, solved: String(2 + (i % 2)), obstacles: "For mange møder", carried1: i < 3 ? "yes" : "no" }));
    const s = summariseCheckin(def, answers, { dueAt: DUE, k: 5, carried });
    assert.equal(s.score.kind, "mixed");
    assert.ok(s.score.kind === "mixed" && s.score.shown);
    assert.deepEqual(s.score.choices, [], "the carried item is not summarised twice");
    // Five answers on 1–5: a step of 4 / 5 → 1. Clarity 20 / 5 = 4; solved 12 / 5 = 2.4 → 2.
    assert.deepEqual(s.round, { dueAt: DUE, metK: true, figures: { clarity: 4, solved: 2 }, steps: { clarity: 1, solved: 1 } });
    assert.ok(s.score.kind === "mixed" && s.score.shown);
    assert.deepEqual(s.score.scales, [], "the scales are shown only as rounded means");
    assert.deepEqual(s.score.roundScales, [
      { questionId: "clarity", shown: true, n: 5, mean: { value: 4, step: 1 }, min: 1, max: 5, split: false },
      { questionId: "solved", shown: true, n: 5, mean: { value: 2, step: 1 }, min: 1, max: 5, split: false },
    ]);
    assert.ok(s.carried[0].answers.shown);
    assert.deepEqual(s.carried[0].answers.counts.map((c) => c.count), [3, 0, 2]);
  });

  it("dispatches the other four to their scoring", () => {
    const kinds = ["social-kapital", "relationel-koordinering", "moedevurdering", "faelles-forstaaelse"].map(
      (templateId) => summariseCheckin(roundDefinition({ templateId, groups: ["A", "B"] }), [], { dueAt: DUE, k: 3, groups: ["A", "B"] }).score.kind,
    );
    assert.deepEqual(kinds, ["socialCapital", "relationalCoordination", "meetingRating", "sharedUnderstanding"]);
  });

  it("a round below k gives no figures and says it did not meet k", () => {
    const def = roundDefinition({ templateId: "moedevurdering" });
    const s = summariseCheckin(def, [{ relationship: "9", goals: "9", approach: "9", overall: "9" }], { dueAt: DUE, k: 3 });
    assert.deepEqual(s.round, { dueAt: DUE, metK: false, figures: {}, steps: {} });
    assert.equal(s.score.shown, false);
  });
});
