// The storage account that holds the bot's tables (sessions, schedules, teams, sessionlive, sessionindex, sendbudget; docs/data.md).
// The app creates the tables itself at start. No account key works: only the identity's token does.

param name string
param location string

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param sku string

@description('Principal (object) id of the app\'s managed identity.')
param principalId string

// Built-in role "Storage Table Data Contributor": read, write and delete entities and tables.
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    // No shared key: a leaked connection string or account key opens nothing.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, tableDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// The table service's address, e.g. https://<account>.table.core.windows.net/
output tableEndpoint string = account.properties.primaryEndpoints.table
