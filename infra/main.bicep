// Kernedialog on Azure, in one resource group (README, "Deploy to Azure"). Re-running it is safe:
// it never touches the anonymity key, which anonymity-key.bicep writes once.
//
// The layout is the usual one for a Teams bot on Azure: one user-assigned identity is the bot's
// identity towards Teams and the app's towards storage and the vaults, so there is no client
// secret. The settings it gives the app are the ones config/options.ts reads
// (test/infra/app-settings.test.ts checks every name).

@description('Region for everything but the bot registration (which is global). An EU region keeps the data in the EU.')
param location string = resourceGroup().location

@description('Start of every resource name; letters and digits, starting with a letter.')
@minLength(3)
@maxLength(11)
param baseName string = 'kernedialog'

@maxLength(42)
param botDisplayName string = 'Kernedialog'

@description('24-lts by default: Node 22 reaches end of life in April 2027, Node 24 in April 2028, and CI runs the HTTP edge on 24.')
@allowed([
  '22-lts'
  '24-lts'
])
param nodeVersion string = '24-lts'

@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = 'Standard_LRS'

@description('Microsoft 365 tenant ids to serve, comma-separated (ALLOWED_TENANTS). The bot\'s own tenant by default.')
param allowedTenants string = tenant().tenantId

@description('RETENTION_DAYS: days after close until raw answers are deleted (docs/data.md).')
@minValue(7)
param retentionDays int = 90

@description('RETENTION_MAX_DAYS: the longest retention a team may choose.')
@minValue(7)
param retentionMaxDays int = 365

@description('UNINSTALL_GRACE_DAYS: days after an uninstall until the team\'s data is deleted.')
@minValue(0)
param uninstallGraceDays int = 30

@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@minValue(4)
@maxValue(30)
param auditLogRetentionDays int = 7

// Stable per resource group, so a second run updates rather than duplicates.
var suffix = uniqueString(subscription().id, resourceGroup().id)
// Vault and storage names are global and short (24 characters at most).
var shortBase = take(toLower(baseName), 6)
// anonymity-key.bicep writes this secret; ANONYMITY_KEY below reads it.
var anonymityKeySecretName = 'anonymity-key'
// Built-in roles: "Key Vault Secrets User" reads, "Key Vault Secrets Officer" also sets, deletes and purges.
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-id-${suffix}'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${baseName}-logs-${suffix}'
    appInsightsName: '${baseName}-ai-${suffix}'
    location: location
    logRetentionDays: logRetentionDays
    auditLogRetentionDays: auditLogRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: '${take(toLower(baseName), 11)}${suffix}'
    location: location
    sku: storageSku
    principalId: identity.properties.principalId
  }
}

// ANONYMITY_KEY: purge-protected, read-only for the app (docs/security.md, "Where the anonymity key lives").
module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: '${shortBase}-key-${suffix}'
    location: location
    purgeProtection: true
    softDeleteRetentionDays: 90
    principalId: identity.properties.principalId
    appRoleId: secretsUser
    workspaceId: monitoring.outputs.workspaceId
  }
}

// Session secrets: destroyed (deleted and purged) at close, so no purge protection (docs/security.md).
module sessionVault 'modules/key-vault.bicep' = {
  name: 'session-vault'
  params: {
    name: '${shortBase}-ses-${suffix}'
    location: location
    purgeProtection: false
    softDeleteRetentionDays: 7
    principalId: identity.properties.principalId
    appRoleId: secretsOfficer
    workspaceId: monitoring.outputs.workspaceId
  }
}

// Every variable the app reads in production (config/options.ts). Secrets only as Key Vault references.
var appSettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.properties.tenantId
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'AZURE_STORAGE_ACCOUNT_URL'
    value: storage.outputs.tableEndpoint
  }
  {
    name: 'KEY_VAULT_URL'
    value: sessionVault.outputs.uri
  }
  {
    name: 'ANONYMITY_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${anonymityKeySecretName})'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.connectionString
  }
  {
    name: 'ALLOWED_TENANTS'
    value: allowedTenants
  }
  {
    name: 'RETENTION_DAYS'
    value: string(retentionDays)
  }
  {
    name: 'RETENTION_MAX_DAYS'
    value: string(retentionMaxDays)
  }
  {
    name: 'UNINSTALL_GRACE_DAYS'
    value: string(uninstallGraceDays)
  }
  {
    name: 'LOG_LEVEL'
    value: logLevel
  }
  {
    // The zip is mounted read-only as it is: what was built and tested is what runs.
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1'
  }
  {
    // No build on App Service: the zip carries dist/ and its production dependencies (scripts/azure-stage.ts).
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
  // Not set on purpose: ApplicationInsightsAgent_EXTENSION_VERSION. App Service's agent would record
  // raw URLs, which carry conversation ids, past the app's own scrubbing telemetry.
]

module app 'modules/app-service.bicep' = {
  name: 'app-service'
  params: {
    planName: '${baseName}-plan-${suffix}'
    siteName: '${baseName}-${suffix}'
    location: location
    sku: appServiceSku
    nodeVersion: nodeVersion
    identityId: identity.id
    appSettings: appSettings
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    displayName: botDisplayName
    hostName: app.outputs.hostName
    identityClientId: identity.properties.clientId
    identityId: identity.id
    tenantId: identity.properties.tenantId
  }
}

// Upper-case names: the Agents Toolkit writes outputs into env/.env.<env> under these names.
output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = app.outputs.hostName
output AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id
output APP_SERVICE_NAME string = app.outputs.name
output ANONYMITY_KEY_VAULT_NAME string = keyVault.outputs.name
