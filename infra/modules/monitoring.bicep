// Where telemetry and the vaults' audit logs go: one Log Analytics workspace, and a workspace-based
// Application Insights on top of it.

param workspaceName string
param appInsightsName string
param location string

@description('Days the workspace keeps what it is sent (telemetry, App Service logs).')
@minValue(30)
@maxValue(730)
param logRetentionDays int

@description('Days the Key Vault audit log (AZKVAuditLogs) is kept. Short: each read of a session secret is logged with its time (docs/security.md).')
@minValue(4)
@maxValue(30)
param auditLogRetentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

// The vaults send AuditEvent to this resource-specific table (modules/key-vault.bicep, 'Dedicated'),
// so its own retention, shorter than the workspace's, applies to the audit log alone.
resource keyVaultAuditTable 'Microsoft.OperationalInsights/workspaces/tables@2022-10-01' = {
  parent: workspace
  name: 'AZKVAuditLogs'
  properties: {
    retentionInDays: auditLogRetentionDays
    totalRetentionInDays: auditLogRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

output workspaceId string = workspace.id
// Microsoft calls the connection string an identifier, not a secret, so it is a plain app setting.
output connectionString string = appInsights.properties.ConnectionString
