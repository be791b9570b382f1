// PohAnalytics infrastructure: storage (data lake, queues, tables), Event Grid drop
// notifications, Flex Consumption function app (.NET 10 isolated), Static Web App
// dashboard and Application Insights. Identity-based access only: no keys, no secrets.
targetScope = 'resourceGroup'

@description('Short environment name used as a name prefix, e.g. "poh-dev" (2-16 lowercase letters, digits, hyphens). With azd this is the azd environment name.')
@minLength(2)
@maxLength(16)
param environmentName string

@description('Azure region for all resources except the Static Web App. Must support Flex Consumption.')
param location string = resourceGroup().location

@description('Azure region for the Static Web App (the service is offered in a limited set of regions).')
@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Tags applied to every resource (merged with azd-env-name).')
param tags object = {}

@description('Storage account SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Days that deleted blobs and containers stay recoverable (blob + container soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Days after which non-current blob versions are deleted by a lifecycle rule (0 keeps all versions).')
@minValue(0)
@maxValue(3650)
param noncurrentVersionRetentionDays int = 90

@description('Days of unlocked container-level time-based retention (WORM) on the raw container; 0 (default) relies on versioning + soft delete only.')
@minValue(0)
@maxValue(146000)
param rawImmutabilityPeriodDays int = 0

@description('Maximum number of Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('NCRONTAB (6-field) schedule of the published-data refresh; app setting RefreshSchedule.')
param refreshSchedule string = '0 0 * * * *'

@description('Minimum group size before a statistic is published (small-cell suppression); app setting Poh__SuppressionThreshold.')
@minValue(1)
param suppressionThreshold int = 5

@description('Largest upload request body in bytes (default 100 MiB, about 444,000 rows); app setting Poh__MaxUploadBytes. Larger files go through the drop folder.')
@minValue(1048576)
param maxUploadBytes int = 104857600

@description('Share of rejected rows above which an ingestion waits for review instead of publishing (a decimal, 0.05 = 5%); app setting Poh__MaxRejectedShare.')
param maxRejectedShare string = '0.05'

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var resourceToken = uniqueString(resourceGroup().id)
var baseName = '${toLower(environmentName)}-${resourceToken}'
var allTags = union(tags, {
  'azd-env-name': environmentName
})

// Names are computed here (not read from module outputs) so that What-If can resolve them.
var identityName = 'id-${baseName}'
var storageAccountName = 'st${take(replace(toLower(environmentName), '-', ''), 9)}${resourceToken}'
var applicationInsightsName = 'appi-${baseName}'
var deploymentContainerName = 'deploymentpackage'
var deadLetterContainerName = 'drop-deadletter'
var dropEventsQueueName = 'drop-events'
var queueNames = [
  'ingest'
  'ingest-poison'
  dropEventsQueueName
  '${dropEventsQueueName}-poison'
  'refresh'
]

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${baseName}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
    publisherIdentityName: identityName
  }
  dependsOn: [
    identity
  ]
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: allTags
    skuName: storageSku
    softDeleteRetentionDays: softDeleteRetentionDays
    noncurrentVersionRetentionDays: noncurrentVersionRetentionDays
    rawImmutabilityPeriodDays: rawImmutabilityPeriodDays
    appIdentityName: identityName
    queueNames: queueNames
    deploymentContainerName: deploymentContainerName
    deadLetterContainerName: deadLetterContainerName
  }
  dependsOn: [
    identity
  ]
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  params: {
    name: 'evgt-${baseName}'
    location: location
    tags: allTags
    storageAccountName: storageAccountName
    uploadsContainerName: 'uploads'
    dropFolder: 'drop'
    queueName: dropEventsQueueName
    deadLetterContainerName: deadLetterContainerName
  }
  dependsOn: [
    storage
  ]
}

module dashboard 'modules/staticwebapp.bicep' = {
  name: 'dashboard'
  params: {
    name: 'stapp-${baseName}'
    location: staticWebAppLocation
    tags: union(allTags, {
      'azd-service-name': 'dashboard'
    })
  }
}

// Depends on storage and monitoring so the identity's data-plane roles exist before
// the Functions host starts and the first deployment package is uploaded.
module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'func-${baseName}'
    planName: 'plan-${baseName}'
    location: location
    tags: allTags
    appTags: union(allTags, {
      'azd-service-name': 'api'
    })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: 2048
    dashboardUrl: dashboard.outputs.url
    refreshSchedule: refreshSchedule
    suppressionThreshold: suppressionThreshold
    maxUploadBytes: maxUploadBytes
    maxRejectedShare: maxRejectedShare
  }
  dependsOn: [
    storage
    monitoring
  ]
}

@description('Base URL of the function app, e.g. https://func-poh-dev-xxxx.azurewebsites.net.')
output FUNCTION_APP_URL string = functionApp.outputs.url

@description('Name of the function app.')
output FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Public URL of the dashboard (Static Web App default hostname).')
output DASHBOARD_URL string = dashboard.outputs.url

@description('Name of the Static Web App that hosts the dashboard.')
output STATIC_WEB_APP_NAME string = dashboard.outputs.name

@description('Name of the storage account (data lake, queues, tables, AzureWebJobsStorage).')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Client ID of the user-assigned managed identity used by the function app.')
output AZURE_CLIENT_ID string = identity.outputs.clientId

@description('Name of the Application Insights component.')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName

@description('Name of the Event Grid system topic on the storage account.')
output EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.systemTopicName
