import { statusCodeOf } from './storage-errors';

/** What @azure/identity throws when it cannot get a token (branched on by name, as ChainedTokenCredential does). */
const SIGN_IN_FAILED = new Set(['CredentialUnavailableError', 'AuthenticationError', 'AggregateAuthenticationError', 'AuthenticationRequiredError']);
/** What Node and @azure/core-rest-pipeline say when no answer came from the address at all. */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT', 'REQUEST_SEND_ERROR']);

/** How to give the app an identity to sign in with, for every message that could not sign in. */
export const SIGN_IN_HINT =
  'on Azure, turn on the app\'s managed identity, and if it is a user-assigned one set AZURE_CLIENT_ID to its client id; on a developer\'s machine, leave AZURE_CLIENT_ID unset and run "az login"';

/** Why a call to an Azure service failed, in the terms the operator's fix depends on. */
export type AzureFailure = 'sign-in' | 'refused' | 'not-found' | 'unreachable' | 'other';

/**
 * Sorts an Azure SDK error by what the operator can do about it, so each service's start-up check
 * can name the setting or role to change (storage/key-vault-check.ts, storage/storage-check.ts).
 *
 * @example azureFailureOf(Object.assign(new Error('Forbidden'), { statusCode: 403 })) // 'refused'
 */
export function azureFailureOf(err: unknown): AzureFailure {
  const status = statusCodeOf(err);
  const { name, code } = (err ?? {}) as { name?: unknown; code?: unknown };
  if (SIGN_IN_FAILED.has(String(name)) || status === 401) return 'sign-in';
  if (status === 403) return 'refused';
  if (status === 404) return 'not-found';
  if (status === undefined && UNREACHABLE.has(String(code))) return 'unreachable';
  return 'other';
}
