import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';

/**
 * How the app signs in to Azure Storage and Key Vault (docs/security.md, "Managed identity"). With
 * AZURE_CLIENT_ID that user-assigned managed identity and nothing else: on a server, a chain that
 * silently falls back to another sign-in (environment secrets, a developer's login) would hide a
 * wrong setting. Without it, DefaultAzureCredential: the system-assigned identity on Azure, and
 * `az login` on a developer's machine.
 *
 * @example azureCredential('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0') // ManagedIdentityCredential for that client id
 */
export function azureCredential(clientId?: string): TokenCredential {
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
