// Storage account for the data lake (blobs), work queues, metadata tables and the
// Functions host (AzureWebJobsStorage). Shared-key access is disabled: every client
// (Functions host, app code, Event Grid, deployment) authenticates with Entra ID.

@description('Globally unique storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the storage account.')
param location string

@description('Tags applied to the storage account.')
param tags object

@description('Storage account SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Days that deleted blobs and deleted containers stay recoverable (soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

@description('Days after which non-current blob versions are deleted by lifecycle management (0 keeps them forever).')
@minValue(0)
@maxValue(3650)
param noncurrentVersionRetentionDays int

@description('Days of container-level time-based retention (WORM, unlocked) on the raw container; 0 disables the policy.')
@minValue(0)
@maxValue(146000)
param rawImmutabilityPeriodDays int

@description('Name of the existing user-assigned identity of the app; it gets blob, queue and table data roles on the account.')
param appIdentityName string

@description('Name of the Flex Consumption deployment package container.')
param deploymentContainerName string

@description('Name of the container that receives Event Grid dead-lettered drop events.')
param deadLetterContainerName string

// Containers: raw (immutable uploads addressed by SHA-256), uploads (staff drop files
// into uploads/drop/), curated (Parquet), rejects, published (serving JSON),
// the Flex deployment package container and the Event Grid dead-letter container.
var containerNames = [
  'uploads'
  'curated'
  'rejects'
  'published'
  deploymentContainerName
  deadLetterContainerName
]
@description('Names of the storage queues to create.')
param queueNames string[]
var tableNames = [
  'datasets'
  'ingestions'
  'benchmarks'
  'refreshes'
  'codebooks'
]

// Built-in roles granted to the app identity at account scope. The Functions host
// needs Blob Data Owner for AzureWebJobsStorage (leases, keys, deployment package).
var appRoleIds = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource rawContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'raw'
  properties: {
    publicAccess: 'None'
  }
}

// Optional WORM retention on raw. Left unlocked so it can be shortened or removed;
// while it is active, raw blobs cannot be overwritten or deleted before the period ends.
resource rawImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-01-01' = if (rawImmutabilityPeriodDays > 0) {
  parent: rawContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: rawImmutabilityPeriodDays
    allowProtectedAppendWrites: false
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// Every overwrite creates a blob version (published JSON is rewritten on each refresh,
// the Functions host rewrites its lease blobs), so prune old non-current versions.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = if (noncurrentVersionRetentionDays > 0) {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-old-noncurrent-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
                'appendBlob'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: noncurrentVersionRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    blobService
  ]
}

resource appRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appRoleIds: {
    name: guid(storage.id, appIdentity.id, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appIdentity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

@description('Name of the storage account.')
output name string = storage.name

@description('Resource ID of the storage account.')
output id string = storage.id

@description('Blob service endpoint, e.g. https://<account>.blob.core.windows.net/.')
output blobEndpoint string = storage.properties.primaryEndpoints.blob

@description('Queue service endpoint.')
output queueEndpoint string = storage.properties.primaryEndpoints.queue

@description('Table service endpoint.')
output tableEndpoint string = storage.properties.primaryEndpoints.table

@description('Names of all blob containers.')
output containerNames array = concat([rawContainer.name], containerNames)
