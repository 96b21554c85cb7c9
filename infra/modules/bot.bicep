// The Azure Bot: ties the bot's identity to the Teams channel and tells Teams where the bot listens.
// It stores no conversations. Shape follows the Agents Toolkit samples' botRegistration/azurebot.bicep.

param name string

@maxLength(42)
param displayName string

@description('The app\'s host name; Teams posts to https://<host>/api/messages.')
param hostName string

@description('Client id of the user-assigned identity: the bot id in the Teams manifest and MicrosoftAppId.')
param identityClientId string

@description('Resource id of that identity.')
param identityId string

@description('Tenant of that identity: the bot serves this tenant only.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Global: the app uses the Bot Framework's public endpoints; a regional (Europe) bot would need others.
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0' // Teams is a standard channel: free and unmetered on F0
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${hostName}/api/messages'
    // A user-assigned identity is single tenant by nature: no app registration, no client secret.
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    // No developerAppInsightKey on purpose: the Bot Service's own telemetry would bypass the app's scrubbing.
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}
