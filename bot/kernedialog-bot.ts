import { CardFactory, MessageFactory, TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse, type Activity } from 'botbuilder';
import { catalogueCard } from '../cards/catalogue-card';
import { errorCard, noticeCard, welcomeCard } from '../cards/notice-card';
import { languageOfLocale, t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import { errorFields, type Logger } from '../config/log';
import type { Language } from '../domain/exercise';
import type { DialogDeps } from '../dialogs/deps';
import type { PrivateReply } from '../dialogs/reply';
import type { Actor, Where } from '../dialogs/teams-port';
import type { TeamRegistry } from '../storage/team-registry';
import { actorOf, cardData, mentionedPeople, whereOf } from './activity-context';
import { addCoFacilitators } from '../dialogs/co-facilitators';
import { statusCard } from './status';
import { scheduleForm, scheduleList } from '../dialogs/schedules';
import { agreeActions } from '../dialogs/carry-actions';
import { routeFor } from './routes';
import { arrivedAt } from './arrival';
import { dataCommand } from '../dialogs/data-commands';

const CARD = 'application/vnd.microsoft.card.adaptive';
const CO_FACILITATOR_COMMANDS = ['medfacilitator', 'cofacilitator', 'co-facilitator'];
const SCHEDULE_COMMANDS = ['planlæg', 'planlaeg', 'schedule'];
const SCHEDULES_COMMANDS = ['planer', 'schedules'];
const AGREE_COMMANDS = ['aftal', 'agree'];

/** What follows the command word, as written (case kept). */
function afterCommand(text: string): string {
  return text.trim().replace(/^\S+\s*/, '');
}

/** Teams gives an invoke 5 s; answer "try again" before that rather than not at all. */
export const INVOKE_DEADLINE_MS = 4_000;
/** After this, a slow action's follow-up says "try again" rather than keep the person waiting. */
const FOLLOW_UP_MAX_MS = 60_000;

/** Teams activities → dialog steps. Thin on purpose: it translates, routes and answers. */
export class KernedialogBot extends TeamsActivityHandler {
  constructor(private readonly deps: DialogDeps, private readonly teams: TeamRegistry, private readonly log: Logger) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.onText(ctx);
      await next();
    });
    this.onInstallationUpdateAdd(async (ctx, next) => {
      const teamId = whereOf(ctx.activity).teamId;
      const lang = languageOfLocale(ctx.activity.locale);
      // Clients may repeat the install event (the Playground does on every page load): welcome once.
      const known = teamId ? await this.teams.get(teamId) : undefined;
      if (teamId) await this.teams.setInstalled(teamId, true, 'da');
      if (!known?.installed) await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(teamId ? welcomeCard(lang) : noticeCard(t(lang, 'welcome.title'), [t(lang, 'help.personal')]))));
      await next();
    });
    this.onInstallationUpdateRemove(async (ctx, next) => {
      await this.removedFrom(whereOf(ctx.activity).teamId, 'uninstalled');
      await next();
    });
    // Teams may also say it with a conversationUpdate: the bot removed from the team, or the team deleted.
    this.onTeamsMembersRemovedEvent(async (members, team, ctx, next) => {
      if (members.some((m) => m.id === ctx.activity.recipient?.id)) await this.removedFrom(team?.id, 'bot removed');
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (team, _ctx, next) => {
      await this.removedFrom(team?.id, 'team deleted');
      await next();
    });
    // A deleted team can be restored within Teams' own 30 days, with its apps: the deletion is off.
    this.onTeamsTeamRestoredEvent(async (team, _ctx, next) => {
      if (team?.id) await this.teams.setInstalled(team.id, true, 'da');
      await next();
    });
    // A hard-deleted team can never install the app again, so there is no grace to wait for.
    this.onTeamsTeamHardDeletedEvent(async (team, _ctx, next) => {
      if (team?.id) await this.teams.markUninstalled(team.id, this.deps.now(), 0);
      this.log.info('team hard-deleted; its data goes at the next retention sweep', { team: team?.id });
      await next();
    });
  }

  /** No more proactive posts, and the team's data is deleted after the grace period unless the app comes back (issue 6). */
  private async removedFrom(teamId: string | undefined, why: string): Promise<void> {
    if (teamId) await this.teams.markUninstalled(teamId, this.deps.now());
    this.log.info(`${why}; proactive posts stop and the team's data is deleted after the grace period`, { team: teamId, graceDays: this.teams.policy.uninstallGraceDays });
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
    const lang = languageOfLocale(activity.locale);
    if (activity.conversation?.conversationType === 'personal') {
      await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(noticeCard(t(lang, 'welcome.title'), [t(lang, 'help.personal'), t(lang, 'welcome.anonymity')]))));
      return;
    }
    // Once: removeRecipientMention edits activity.text, so a second call would strip more.
    const text = (TurnContext.removeRecipientMention(activity) ?? '').trim();
    const actor = actorOf(activity);
    const where = whereOf(activity);
    const card =
      (actor && (await dataCommand(this.deps, actor, where, text))) ??
      (await this.commandCard(text.toLowerCase().split(/\s+/)[0], lang, actor, where, text, activity)) ??
      catalogueCard(lang, await this.teams.templates(where.teamId));
    await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  /** The card for a command word in a channel message; undefined for anything else (the catalogue). */
  private async commandCard(command: string, lang: Language, actor: Actor | undefined, where: Where, text: string, activity: Activity): Promise<AdaptiveCard | undefined> {
    if (command === 'status') return statusCard(this.deps, lang, actor, where);
    if (SCHEDULE_COMMANDS.includes(command)) return scheduleForm(this.deps, where);
    if (!actor) return undefined;
    if (CO_FACILITATOR_COMMANDS.includes(command)) return addCoFacilitators(this.deps, lang, actor, where, mentionedPeople(activity));
    if (SCHEDULES_COMMANDS.includes(command)) return scheduleList(this.deps, actor, where);
    if (AGREE_COMMANDS.includes(command)) return agreeActions(this.deps, actor, where, afterCommand(text));
    return undefined;
  }

  /**
   * Action.Submit fallback (clients without Action.Execute). A reply in the channel would show
   * everyone that someone just answered, so the result goes to the clicker's personal chat.
   */
  private async onSubmit(ctx: TurnContext, data: Record<string, unknown>): Promise<void> {
    const card = await this.runAction(ctx, data.verb, data);
    await this.tellPrivately(ctx.activity, card, 'could not send the private reply to a submit; nothing was posted in the channel');
  }

  /** A card to the clicker alone, in personal chat; a failure is logged, never posted in the channel. */
  private async tellPrivately(activity: Activity, card: AdaptiveCard, failure: string): Promise<void> {
    try {
      await this.deps.port.tellPrivately({ serviceUrl: activity.serviceUrl, tenantId: whereOf(activity).tenantId }, activity.from.id, card);
    } catch (err) {
      this.log.warn(failure, errorFields(err));
    }
  }

  private async runAction(ctx: TurnContext, verb: unknown, data: Record<string, unknown>): Promise<AdaptiveCard> {
    const lang: Language = languageOfLocale(ctx.activity.locale);
    const route = routeFor(verb);
    const actor = actorOf(ctx.activity);
    if (!route || !actor) return errorCard(lang, 'error.badPayload');
    const started = arrivedAt(ctx.activity);
    const work = Promise.resolve().then(() => route(this.deps, { lang, actor, where: whereOf(ctx.activity), data }));
    try {
      // What is left of the budget once the request has waited for its turn (bot/arrival.ts).
      const result = await withDeadline(work, Math.max(0, INVOKE_DEADLINE_MS - (performance.now() - started)));
      this.log.info('card action', { verb, outcome: result.outcome, ms: Math.round(performance.now() - started) });
      return result.card;
    } catch (err) {
      if (err instanceof DeadlineError) {
        // Storage is slow: say so now, and send the real outcome privately once it is known.
        this.followUp({ ...ctx.activity } as Activity, work, lang, verb, started);
        return noticeCard(t(lang, 'saving.title'), [t(lang, 'saving.body')]);
      }
      // Nothing is reported as saved unless it was: any failure is "try again".
      this.log.error('card action failed', { verb, ...errorFields(err) });
      return errorCard(lang, 'error.retry');
    }
  }

  /**
   * After a "gemmer…" card: the card the click would have shown, in personal chat, when the work
   * ends; "try again" if it fails or takes longer than FOLLOW_UP_MAX_MS. Tracked by `deps.later`,
   * so a stopping bot waits for it.
   */
  private followUp(activity: Activity, work: Promise<PrivateReply>, lang: Language, verb: unknown, started: number): void {
    this.deps.later('follow-up', async () => {
      const outcome = await withDeadline(work, FOLLOW_UP_MAX_MS).then(
        (r) => ({ card: r.card, outcome: r.outcome }),
        (err: unknown) => ({ card: errorCard(lang, 'error.retry'), outcome: err instanceof DeadlineError ? 'gaveUp' : 'failed' }),
      );
      this.log.info('card action finished after the deadline; followed up privately', { verb, outcome: outcome.outcome, ms: Math.round(performance.now() - started) });
      await this.tellPrivately(activity, outcome.card, 'could not send the private follow-up to a slow card action');
    });
  }
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
