import { CardFactory, MessageFactory, TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse, type Activity } from 'botbuilder';
import { errorCard, noticeCard, welcomeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import { errorFields, type Logger } from '../config/log';
import { inSpan, measureCardAction, measureError } from '../config/measures';
import type { Language } from '../domain/exercise';
import type { DialogDeps } from '../dialogs/deps';
import { refusal, type PrivateReply } from '../dialogs/reply';
import { actorOf, cardData, mentionedPeople, whereOf } from './activity-context';
import { defaultLanguageFor, languageFor } from '../dialogs/language';
import { askingOf } from './language-of';
import { answerCommand, commandHelp } from '../dialogs/routes';
import { appInstalled, appRemoved, teamHardDeleted, teamRestored } from '../dialogs/team-install';
import { routeFor, showsOnly } from '../dialogs/routes';
import { arrivedAt } from './arrival';
import { meetingEnded } from '../dialogs/meeting-rating';

const CARD = 'application/vnd.microsoft.card.adaptive';

/** Teams gives an invoke 5 s; answer "try again" before that rather than not at all. */
export const INVOKE_DEADLINE_MS = 4_000;
/** After this, a slow action's follow-up says "try again" rather than keep the person waiting. */
const FOLLOW_UP_MAX_MS = 60_000;

/** Teams activities → dialog steps. Thin on purpose: it translates, routes and answers. */
export class KernedialogBot extends TeamsActivityHandler {
  constructor(
    private readonly deps: DialogDeps,
    private readonly log: Logger,
  ) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.onText(ctx);
      await next();
    });
    this.onInstallationUpdateAdd(async (ctx, next) => {
      const where = whereOf(ctx.activity);
      const teamId = where.teamId;
      const lang = await languageFor(this.deps, askingOf(ctx.activity));
      const { welcome } = await appInstalled(this.deps, teamId);
      if (welcome) await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(teamId ? welcomeCard(lang, where) : commandHelp(lang, { personal: true }))));
      await next();
    });
    this.onInstallationUpdateRemove(async (ctx, next) => {
      await appRemoved(this.deps, whereOf(ctx.activity).teamId, 'uninstalled');
      await next();
    });
    // Teams may also say it with a conversationUpdate: the bot removed from the team, or the team deleted.
    this.onTeamsMembersRemovedEvent(async (members, team, ctx, next) => {
      // In a group or meeting chat there is no team: the chat is its own (activity-context.ts).
      if (members.some((m) => m.id === ctx.activity.recipient?.id)) await appRemoved(this.deps, team?.id ?? whereOf(ctx.activity).teamId, 'bot removed');
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (team, _ctx, next) => {
      await appRemoved(this.deps, team?.id, 'team deleted');
      await next();
    });
    this.onTeamsTeamRestoredEvent(async (team, _ctx, next) => {
      await teamRestored(this.deps, team?.id);
      await next();
    });
    this.onTeamsTeamHardDeletedEvent(async (team, _ctx, next) => {
      await teamHardDeleted(this.deps, team?.id);
      await next();
    });
  }

  /**
   * Teams' meeting end, sent where the app holds the RSC permission OnlineMeeting.ReadBasic.Chat (manifest/manifest.template.json).
   * Read here rather than through onTeamsMeetingEndEvent, whose strict parse throws on a value
   * missing any field: only the end time is needed, and a bad event must end quietly.
   */
  protected override async onTeamsMeetingEnd(ctx: TurnContext): Promise<void> {
    const value = ctx.activity.value as { EndTime?: unknown } | undefined;
    const outcome = await meetingEnded(this.deps, whereOf(ctx.activity), typeof value === 'object' && value !== null ? value.EndTime : undefined);
    // An ignored one is logged by meetingEnded at debug, in fixed words; this line says only what happened.
    if (outcome !== 'ignored') this.log.info('meeting end', { outcome });
  }

  /** A card action whose value has no action object is forged or broken: 400, before botbuilder reads it. */
  protected override async onInvokeActivity(ctx: TurnContext): Promise<InvokeResponse> {
    const value = ctx.activity.value as { action?: unknown } | undefined;
    if (ctx.activity.name === 'adaptiveCard/action' && (typeof value !== 'object' || value === null || typeof value.action !== 'object' || value.action === null)) {
      return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'The card action has no action object.' } } };
    }
    return super.onInvokeActivity(ctx);
  }

  /** Action.Execute: the answer card goes only to the person who clicked. */
  protected override async onAdaptiveCardInvoke(ctx: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const action = value?.action as { verb?: unknown; data?: unknown } | undefined;
    const data = cardData(action?.data) ?? {};
    const card = await this.runAction(ctx, typeof action?.verb === 'string' ? action.verb : data.verb, data);
    return { statusCode: 200, type: CARD, value: card as unknown as AdaptiveCardInvokeResponse['value'] };
  }

  private async onText(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    const data = cardData(activity.value);
    if (data && data.verb !== undefined) return this.onSubmit(ctx, data);
    const asking = askingOf(activity);
    const lang = await languageFor(this.deps, asking);
    const actor = actorOf(activity);
    // Every message in personal chat gets the help: the commands are for a team's channels.
    const { personal } = asking;
    if (personal || !actor) {
      await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(commandHelp(lang, { personal }))));
      return;
    }
    // Once: removeRecipientMention edits activity.text, so a second call would strip more.
    const text = (TurnContext.removeRecipientMention(activity) ?? '').trim();
    const { card, outcome } = await answerCommand(this.deps, text, { lang, actor, where: whereOf(activity), mentioned: mentionedPeople(activity) });
    this.log.info('message command', { outcome });
    await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  /**
   * Action.Submit fallback (clients without Action.Execute). A reply in the channel would show
   * everyone that someone just answered, so the result goes to the clicker's personal chat.
   */
  private async onSubmit(ctx: TurnContext, data: Record<string, unknown>): Promise<void> {
    const card = await this.runAction(ctx, data.verb, data);
    // After the turn, like any after-work, so a stopping bot (and a test's idle()) waits for it.
    const activity = { ...ctx.activity } as Activity;
    this.deps.later('private reply', () => this.tellPrivately(activity, card, 'could not send the private reply to a submit; nothing was posted in the channel'));
  }

  /** A card to the clicker alone, in personal chat; a failure is logged, never posted in the channel. */
  private async tellPrivately(activity: Activity, card: AdaptiveCard, failure: string): Promise<void> {
    try {
      await this.deps.port.tellPrivately({ serviceUrl: activity.serviceUrl, tenantId: whereOf(activity).tenantId }, activity.from.id, card);
    } catch (err) {
      this.log.warn(failure, errorFields(err));
    }
  }

  /** One span per click, named by its route: a forged verb is the sender's own text, so it reads "unknown". */
  private runAction(ctx: TurnContext, verb: unknown, data: Record<string, unknown>): Promise<AdaptiveCard> {
    const name = routeFor(verb) ? String(verb) : 'unknown';
    return inSpan(`card ${name}`, { 'kernedialog.verb': name }, () => this.act(ctx, verb, name, data));
  }

  private async act(ctx: TurnContext, verb: unknown, name: string, data: Record<string, unknown>): Promise<AdaptiveCard> {
    // The turn's context is revoked when the turn ends, and the work may outlive it.
    const activity = ctx.activity;
    const route = routeFor(verb);
    const actor = actorOf(activity);
    const where = whereOf(activity);
    const started = arrivedAt(activity);
    // The team's language is read from storage, so inside the deadline; until then "try again" and
    // "Gemmer …" are in the language a team has before anyone changes it.
    const asking = askingOf(activity);
    let lang = defaultLanguageFor(asking);
    const work = languageFor(this.deps, asking).then((read) => {
      lang = read;
      if (!route || !actor) return refusal(lang, 'badPayload', 'error.badPayload');
      return route(this.deps, { lang, actor, where, data });
    });
    try {
      // What is left of the budget once the request has waited for its turn (bot/arrival.ts).
      const result = await withDeadline(work, Math.max(0, INVOKE_DEADLINE_MS - (performance.now() - started)));
      this.log.info('card action', { verb: name, outcome: result.outcome, ms: settle(name, result.outcome, started) });
      return result.card;
    } catch (err) {
      if (err instanceof DeadlineError && showsOnly(verb)) {
        // Nothing was being saved: a "Gemmer …" card (a per-user view included) would be untrue.
        this.log.info('card action gave up at the deadline; nothing to save', { verb: name, ms: settle(name, 'slow', started) });
        return errorCard(lang, 'error.slow');
      }
      if (err instanceof DeadlineError) {
        // Storage is slow: say so now, and send the real outcome privately once it is known.
        settle(name, 'saving', started);
        this.followUp({ ...activity } as Activity, work, lang, name, started);
        return noticeCard(t(lang, 'saving.title'), [t(lang, 'saving.body')]);
      }
      // Nothing is reported as saved unless it was: any failure is "try again".
      this.log.error('card action failed', { verb: name, ...errorFields(err) });
      settle(name, 'failed', started);
      measureError('card action', err);
      return errorCard(lang, 'error.retry');
    }
  }

  /**
   * After a "gemmer…" card: the card the click would have shown, in personal chat, when the work
   * ends; "try again" if it fails or takes longer than FOLLOW_UP_MAX_MS. Tracked by `deps.later`,
   * so a stopping bot waits for it.
   */
  private followUp(activity: Activity, work: Promise<PrivateReply>, lang: Language, verb: string, started: number): void {
    this.deps.later('follow-up', async () => {
      const outcome = await withDeadline(work, FOLLOW_UP_MAX_MS).then(
        (r) => ({ card: r.card, outcome: r.outcome }),
        (err: unknown) => {
          if (!(err instanceof DeadlineError)) measureError('follow-up', err);
          return { card: errorCard(lang, 'error.retry'), outcome: err instanceof DeadlineError ? 'gaveUp' : 'failed' };
        },
      );
      this.log.info('card action finished after the deadline; followed up privately', { verb, outcome: outcome.outcome, ms: settle(verb, `late:${outcome.outcome}`, started) });
      await this.tellPrivately(activity, outcome.card, 'could not send the private follow-up to a slow card action');
    });
  }
}

/** The click's outcome and time, measured; returns the milliseconds for the log. */
function settle(verb: string, outcome: string, started: number): number {
  const ms = Math.round(performance.now() - started);
  measureCardAction(verb, outcome, ms);
  return ms;
}

class DeadlineError extends Error {
  readonly reason = 'deadline';
}

/** The work's result, or a DeadlineError after `ms`; the work itself carries on and is logged. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer from storage within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
