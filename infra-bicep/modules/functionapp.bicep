// Flex Consumption plan + .NET 10 isolated-worker function app. All storage and
// telemetry access is identity-based through the user-assigned managed identity:
// no connection strings with keys, no keys in app settings.

@description('Name of the function app (global DNS name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region for the plan and the app.')
param location string

@description('Tags applied to the plan.')
param tags object

@description('Tags applied to the function app (includes the azd service tag).')
param appTags object

@description('Resource ID of the user-assigned managed identity.')
param identityId string

@description('Client ID of the user-assigned managed identity.')
param identityClientId string

@description('Name of the existing storage account used for AzureWebJobsStorage, app data and the deployment package.')
param storageAccountName string

@description('Blob container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Name of the existing (workspace-based) Application Insights component.')
param applicationInsightsName string

@description('Maximum number of instances the app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Public URL of the dashboard; becomes Poh__PublicBaseUrl and the allowed CORS origin.')
param dashboardUrl string

@description('NCRONTAB schedule (6 fields) of the timer-triggered refresh; becomes RefreshSchedule.')
param refreshSchedule string

@description('Small-cell suppression threshold; becomes Poh__SuppressionThreshold.')
param suppressionThreshold int

@description('Largest upload request body in bytes; becomes Poh__MaxUploadBytes (the worker answers 413 with a problem above it).')
param maxUploadBytes int

@description('Share of rejected rows above which an ingestion is held for review; becomes Poh__MaxRejectedShare.')
param maxRejectedShare string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: appTags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: [
          dashboardUrl
        ]
        supportCredentials: false
      }
      appSettings: [
        // Functions host storage, identity-based (no AzureWebJobsStorage connection string).
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storage.properties.primaryEndpoints.queue
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        // Lets DefaultAzureCredential / ManagedIdentityCredential in app code pick the UAMI.
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        // Application Insights with Entra ID auth (local auth is disabled on the component).
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // Application settings.
        {
          name: 'RefreshSchedule'
          value: refreshSchedule
        }
        {
          name: 'Poh__SuppressionThreshold'
          value: string(suppressionThreshold)
        }
        {
          name: 'Poh__PublicBaseUrl'
          value: dashboardUrl
        }
        // Browser origins allowed to call the API; the platform CORS list above uses the same value.
        {
          name: 'Poh__CorsOrigins'
          value: dashboardUrl
        }
        {
          name: 'Poh__MaxRejectedShare'
          value: maxRejectedShare
        }
        {
          name: 'Poh__MaxUploadBytes'
          value: string(maxUploadBytes)
        }
        // The host's own body limit sits 1 MiB above the app's, so the worker (not the host's empty 413) answers first.
        {
          name: 'FUNCTIONS_REQUEST_BODY_SIZE_LIMIT'
          value: string(maxUploadBytes + 1048576)
        }
      ]
    }
  }
}

// No FTP / basic-auth SCM publishing; deployments use Entra ID (azd, az, func).
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = functionApp.name

@description('Base URL of the function app (no trailing slash).')
output url string = 'https://${functionApp.properties.defaultHostName}'
