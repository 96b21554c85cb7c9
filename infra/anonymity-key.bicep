// Run ONCE, after the first deployment of main.bicep: writes ANONYMITY_KEY into its purge-protected
// vault (README, "Deploy to Azure"). The key goes from your shell straight into the vault; a secure
// parameter is not kept in the deployment's history. Running it again writes a new key, and the app
// could no longer open the vault entries of sessions that are open (docs/security.md).

@description('The anonymity-key vault: output ANONYMITY_KEY_VAULT_NAME of main.bicep.')
param vaultName string

@secure()
@description('32 random bytes, base64-encoded.')
param anonymityKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

// The same name main.bicep's ANONYMITY_KEY reference points at.
resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'anonymity-key'
  properties: {
    value: anonymityKey
    contentType: 'base64, 32 bytes'
  }
}
