// Parameters for main.bicep. Works with `az deployment group create` and with `azd up`
// (azd exports AZURE_ENV_NAME from its environment). No secrets here.
// `location` is not set: it defaults to the resource group's region.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'poh-dev')
param staticWebAppLocation = 'westeurope'
param storageSku = 'Standard_LRS'
param softDeleteRetentionDays = 30
param noncurrentVersionRetentionDays = 90
param rawImmutabilityPeriodDays = 0
param maximumInstanceCount = 40
param refreshSchedule = '0 0 * * * *'
param suppressionThreshold = 5
param maxUploadBytes = 104857600
param maxRejectedShare = '0.05'
param logRetentionDays = 30
param tags = {
  application: 'PohAnalytics'
}
