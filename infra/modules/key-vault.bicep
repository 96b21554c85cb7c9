// One Key Vault (RBAC, no access policies), the app's one role on it, and its audit log.
// main.bicep uses it twice, because docs/security.md asks for two vaults: ANONYMITY_KEY in one
// with purge protection that the app may only read, and the session secrets in another without
// purge protection, where the app deletes and purges each secret when its session ends.

param name string
param location string

@description('On for the anonymity key. Never for the session secrets: a purged secret must be gone at once.')
param purgeProtection bool

@description('How long a deleted secret can still be recovered (7 to 90; fixed once the vault exists).')
@minValue(7)
@maxValue(90)
param softDeleteRetentionDays int

@description('Principal (object) id of the app\'s managed identity.')
param principalId string

@description('Built-in role the app gets on this vault (a role definition GUID).')
param appRoleId string

@description('Log Analytics workspace for the AuditEvent log.')
param workspaceId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionDays
    // null, not false: Key Vault refuses an explicit false, and purge protection once on stays on.
    enablePurgeProtection: purgeProtection ? true : null
  }
}

resource appRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, appRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', appRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// 'Dedicated' sends the log to the AZKVAuditLogs table, whose short retention monitoring.bicep sets.
resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit-to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
// e.g. https://<name>.vault.azure.net/ (with the trailing slash)
output uri string = vault.properties.vaultUri
