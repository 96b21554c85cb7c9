// App Service on Linux that runs the production build from dist/: node itself, not npm, so SIGTERM reaches the bot and it drains (README, "Production build").

param planName string
param siteName string
param location string

@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
@description('Basic or above: "always on" is not offered on the free tiers, and the bot\'s timers need it.')
param sku string

@allowed([
  '22-lts'
  '24-lts'
])
param nodeVersion string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('The app settings, built in main.bicep.')
param appSettings array

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references (ANONYMITY_KEY) are resolved as this identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|${nodeVersion}'
      // node itself, not npm: npm does not pass App Service's SIGTERM on, and the bot drains its turns on it.
      appCommandLine: 'node --enable-source-maps dist/scripts/serve.js'
      // Deadlines, check-in rounds and the retention sweep run on timers inside the process.
      alwaysOn: true
      // Ready means storage answers and the anonymity key is loaded; /healthz only says "alive".
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
  }
}

output hostName string = site.properties.defaultHostName
output id string = site.id
output name string = site.name
