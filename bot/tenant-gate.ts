import { ActivityTypes, CardFactory, type Activity, type TurnContext } from 'botbuilder';
import { errorCard } from '../cards/notice-card';
import { languageOfLocale } from '../cards/i18n';
import type { Logger } from '../config/log';

/** Runs the bot for one inbound turn; the gate decides whether it runs at all. */
export type TurnGate = (ctx: TurnContext, run: () => Promise<void>) => Promise<void>;

/** Every turn runs: no ALLOWED_TENANTS. */
export const openGate: TurnGate = (_ctx, run) => run();

/**
 * Every tenant id an activity names (Teams puts it on the conversation and in channelData).
 *
 * @example tenantsNamed({ conversation: { tenantId: 'A' }, channelData: { tenant: { id: 'a' } } }) // ['a']
 */
export function tenantsNamed(activity: Partial<Activity>): string[] {
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: unknown } };
  const ids = [activity.conversation?.tenantId, channelData.tenant?.id].filter((id): id is string => typeof id === 'string' && id !== '');
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/**
 * ALLOWED_TENANTS: an activity from any other tenant is refused before a dialog runs, storage is
 * read or anything is sent to Teams. It runs after the adapter's JWT check, so in production the
 * tenant is the one Teams signed for, and an outsider cannot learn the list by probing. An
 * activity that names no tenant, or two different ones, is refused too.
 *
 * The person who clicked a card gets, in the invoke response (seen only by them, and no post
 * into their tenant), a card saying that this Kernedialog does not serve their organisation.
 * Other activities get no reply at all: posting into a tenant we do not serve is what the list
 * forbids. The log line names the tenant and the kind of activity, never the person.
 *
 * @example tenantGate(new Set(['72f988bf-86f1-41af-91ab-2d7cd011db47']), log) // a TurnGate for createServer
 */
export function tenantGate(allowed: ReadonlySet<string> | undefined, log: Logger): TurnGate {
  if (!allowed) return openGate;
  return async (ctx, run) => {
    const named = tenantsNamed(ctx.activity);
    if (named.length > 0 && named.every((id) => allowed.has(id))) return run();
    log.warn('refused an activity from a tenant not in ALLOWED_TENANTS; add the tenant id there if this organisation should be served', {
      tenant: named.join(',') || '(none)',
      type: ctx.activity.type,
    });
    if (ctx.activity.type === ActivityTypes.Invoke) await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: refusal(ctx.activity) });
  };
}

/** What an invoke from another tenant gets back. */
function refusal(activity: Activity): { status: number; body: unknown } {
  if (activity.name === 'adaptiveCard/action') {
    // Teams shows a non-200 card action only as "something went wrong"; a 200 card says why.
    const card = errorCard(languageOfLocale(activity.locale), 'error.otherTenant');
    return { status: 200, body: { statusCode: 200, type: CardFactory.contentTypes.adaptiveCard, value: card } };
  }
  return { status: 403, body: { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'Forbidden', message: 'This Kernedialog does not serve your organisation.' } } };
}
