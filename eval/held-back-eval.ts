/**
 * How much of the answers' content may reach the summary's quotes, before and after redaction and
 * the language and section rules (docs/anonymity.md, rule 7): on the labelled answers, random teams
 * of 6 and 15 per question, k = 5. Run: npx tsx eval/held-back-eval.ts
 */
import { quotableTexts } from '../domain/summary/quotable-texts';
import { rareLanguage } from '../domain/summary/quote-language';
import { quoteGuard } from '../domain/summary/quote-safety';
import { mulberry32 } from './baselines';
import { byQuestion, loadFixture } from './fixture';

const K = 5;
const random = mulberry32(12);
for (const size of [6, 15]) {
  const sum = { before: 0, full: 0, redacted: 0, held: 0, blocked: 0, language: 0, sections: 0, texts: 0 };
  for (const answers of byQuestion(loadFixture()).values()) {
    const texts = answers.map((a) => a.text);
    for (let run = 0; run < 200; run++) {
      const team = [...texts].sort(() => random() - 0.5).slice(0, size);
      const { texts: masked, tally } = quotableTexts(
        team.map((t) => [t]),
        K,
        {},
      );
      const old = quoteGuard(masked, K);
      sum.before += masked.filter((t) => old(t)).length;
      const foreign = rareLanguage(
        masked.map((t) => [t]),
        K,
      );
      sum.language += masked.filter(foreign).length;
      sum.full += tally.full;
      sum.redacted += tally.redacted;
      sum.held += tally.heldBack;
      sum.blocked += tally.belowK ? 1 : 0;
      sum.sections += 1;
      sum.texts += masked.length;
    }
  }
  const pct = (n: number, of = sum.texts) => `${((100 * n) / of).toFixed(1)} %`;
  console.log(
    `team of ${size}: quotable before ${pct(sum.before)}; now whole ${pct(sum.full)}, redacted ${pct(sum.redacted)}, held back ${pct(sum.held)} (in a language fewer than k used: ${pct(sum.language)}); sections quoting nothing (fewer than k quotable) ${pct(sum.blocked, sum.sections)}`,
  );
}
