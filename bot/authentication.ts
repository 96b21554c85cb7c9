import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { Logger } from '../config/log';
import type { Options } from '../config/options';

/** jsonwebtoken's own errors: a bad signature, a token not valid yet, a malformed token. */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder's JWT check, with every refusal answered 401. botbuilder itself lets jsonwebtoken's
 * errors through (a token signed with a key the channel never published, or one used before its
 * `nbf`), and CloudAdapter then answers 500, as if the bot were broken. Each refusal is logged
 * with its reason only: never the token, never who it was for.
 */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    config: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly log: Logger,
  ) {
    super(config);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw this.refusal(err);
    }
  }

  private refusal(err: unknown): unknown {
    const name = (err as { name?: unknown })?.name;
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof AuthenticationError && err.statusCode >= 500) {
      this.log.error('could not load the Bot Framework signing keys; check that the bot can reach BotOpenIdMetadata over https', { reason: message });
      return err;
    }
    if (err instanceof AuthenticationError || (typeof name === 'string' && JWT_ERRORS.has(name))) {
      this.log.warn('refused a request without a valid Bot Framework token (401)', { reason: message });
      return err instanceof AuthenticationError ? err : new AuthenticationError(`Unauthorized. ${message}`, 401);
    }
    return err;
  }
}

/**
 * Production authentication: the bot's credentials and Microsoft's public-cloud endpoints, except
 * where the channel's signing keys come from (BotOpenIdMetadata, which a test points at a loopback
 * stand-in). botbuilder takes either all endpoints from the caller or none
 * (BotFrameworkAuthenticationFactory), so all are given, each as botbuilder's own default; the
 * tests therefore run the very path production runs. The credentials are botbuilder's own for
 * MicrosoftAppType: a secret (SingleTenant, MultiTenant), or with UserAssignedMSI the managed
 * identity whose client id is MicrosoftAppId, signed in through the platform's identity endpoint
 * (botbuilder's ManagedIdentityServiceClientCredentialsFactory, no password anywhere).
 *
 * @example new CloudAdapter(productionAuthentication(readOptions(process.env), log))
 */
export function productionAuthentication(options: Options, log: Logger): ConfigurationBotFrameworkAuthentication {
  const config = {
    MicrosoftAppId: options.appId,
    MicrosoftAppPassword: options.appPassword,
    MicrosoftAppTenantId: options.appTenantId,
    MicrosoftAppType: options.appType,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: options.botOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
  return new StrictAuthentication(config as ConfigurationBotFrameworkAuthenticationOptions, log);
}
