import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { renderCard, WIDTHS } from './card-renderer';

const BOT_NAME = 'Kernedialog';

/**
 * The Agents Playground's page, driven the way a person uses it: type in the post box, pick the
 * bot in the mention list, press the buttons on the cards. Every card the bot sends or answers a
 * click with is also kept, so it can be drawn at phone width.
 */
export class PlaygroundPage {
  readonly cards: { name: string; card: unknown }[] = [];
  private shots = 0;

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
    private readonly outDir: string,
  ) {}

  static async open(browser: Browser, url: string, outDir: string): Promise<PlaygroundPage> {
    mkdirSync(outDir, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const look = new PlaygroundPage(browser, page, outDir);
    // Cards that answer a click reach only the clicker: keep them as they arrive.
    page.on('response', async (res) => {
      if (!res.url().includes('/invoke') || res.request().method() !== 'POST') return;
      const body = (await res.json().catch(() => undefined)) as { value?: unknown } | undefined;
      if (body?.value && typeof body.value === 'object') look.cards.push({ name: 'invoke', card: body.value });
    });
    // Cards the bot posts or updates arrive on the page's own websocket.
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        const event = parseEvent(String(payload));
        for (const a of event?.message?.attachments ?? [])
          if (a.contentType === 'application/vnd.microsoft.card.adaptive') look.cards.push({ name: event!.action === 'updateMessage' ? 'update' : 'post', card: a.content });
      }),
    );
    await page.goto(url);
    return look;
  }

  async channel(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).click();
    await this.page.waitForTimeout(500);
  }

  /** A new post in the channel that @mentions the bot. */
  async post(text: string): Promise<void> {
    await this.mention(this.page.locator('[data-lexical-editor="true"]').first(), text);
    await this.page.getByRole('button', { name: 'Post' }).click();
    await this.settle();
  }

  /** A reply in the newest thread whose card contains `rootText`, @mentioning the bot. */
  async replyInThread(rootText: RegExp, text: string): Promise<void> {
    const root = this.page.locator('.ac-adaptiveCard', { hasText: rootText }).first();
    // The thread is the nearest box around the card that has its own reply editor.
    const thread = root.locator('xpath=ancestor::div[.//*[@data-lexical-editor="true"]][1]');
    await this.mention(thread.locator('[data-lexical-editor="true"]').last(), text);
    await this.page.keyboard.press('Enter');
    await this.settle();
  }

  /** Presses the last visible button whose title matches. */
  async press(title: RegExp): Promise<void> {
    await this.button(title).click();
    await this.settle();
  }

  button(title: RegExp): Locator {
    return this.page.getByRole('button', { name: title }).last();
  }

  /** Types into the input after the last text (a label, a question) that matches, or the input whose placeholder does. */
  async fill(label: RegExp, value: string): Promise<void> {
    await (await this.input(label)).fill(value);
  }

  /** The same, unless the bot filled it in already. */
  async fillIfEmpty(label: RegExp, value: string): Promise<void> {
    const input = await this.input(label);
    if ((await input.inputValue()) === '') await input.fill(value);
  }

  private async input(label: RegExp): Promise<Locator> {
    const text = this.page.locator('.ac-adaptiveCard .ac-textBlock', { hasText: label }).last();
    return (await text.count()) > 0 ? text.locator('xpath=following::*[self::input or self::textarea][1]') : this.page.getByPlaceholder(label).first();
  }

  /** A screenshot of the page, named in order, and the newest card drawn at phone width. */
  async shot(name: string): Promise<string> {
    this.shots += 1;
    const file = join(this.outDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: false });
    return file;
  }

  /** Scrolls the newest card matching `text` into view (the chat keeps old posts above), waiting for it up to `timeoutMs`. */
  async show(text: RegExp, timeoutMs = 30_000): Promise<void> {
    const card = this.page.locator('.ac-adaptiveCard', { hasText: text }).last();
    await card.waitFor({ timeout: timeoutMs });
    await card.scrollIntoViewIfNeeded();
  }

  /** Picks `option` in the drop-down after the last text that matches `label` (the Playground draws its own, not a <select>). */
  async choose(label: RegExp, option: string): Promise<void> {
    const text = this.page.locator('.ac-adaptiveCard .ac-textBlock', { hasText: label }).last();
    await text.locator('xpath=following::*[@role="combobox"][1]').click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Every kept card, drawn at desktop and phone width, with its JSON beside it. */
  async drawCards(): Promise<string[]> {
    const dir = join(this.outDir, 'cards');
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const [i, { name, card }] of this.cards.entries()) {
      const base = join(dir, `${String(i + 1).padStart(2, '0')}-${name}`);
      writeFileSync(`${base}.json`, JSON.stringify(card, null, 2));
      for (const [width, px] of Object.entries(WIDTHS)) {
        await renderCard(this.browser, card, px, `${base}-${width}.png`);
        files.push(`${base}-${width}.png`);
      }
    }
    return files;
  }

  private async mention(box: Locator, text: string): Promise<void> {
    await box.click();
    await this.page.keyboard.type(`@${BOT_NAME.slice(0, 5)}`);
    // The mention list: pick the bot there, so the post carries a real mention.
    await this.page.getByRole('menuitem', { name: BOT_NAME }).click();
    await this.page.keyboard.type(` ${text}`);
  }

  /** Lets the bot answer and the page draw it. */
  private async settle(): Promise<void> {
    await this.page.waitForLoadState('networkidle').catch(() => undefined);
    await this.page.waitForTimeout(1200);
  }
}

interface StreamEvent {
  action?: string;
  message?: { attachments?: { contentType: string; content: unknown }[] };
}

function parseEvent(payload: string): StreamEvent | undefined {
  try {
    return JSON.parse(payload) as StreamEvent;
  } catch {
    return undefined; // not one of the Playground's JSON events (e.g. a keep-alive)
  }
}
