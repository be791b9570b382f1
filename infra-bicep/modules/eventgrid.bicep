// Event Grid system topic on the storage account. BlobCreated events for blobs under
// uploads/drop/ are delivered (Event Grid event schema) to the drop-events storage
// queue using the system topic's own managed identity; undeliverable events are
// dead-lettered to a blob container, also with that identity. No keys involved.

@description('Name of the Event Grid system topic.')
param name string

@description('Azure region of the storage account (system topics must live in the source resource\'s region).')
param location string

@description('Tags applied to the system topic.')
param tags object

@description('Name of the existing storage account that raises the blob events.')
param storageAccountName string

@description('Blob container that staff upload into.')
param uploadsContainerName string

@description('Folder (blob name prefix, no slashes) inside the uploads container that triggers ingestion.')
param dropFolder string

@description('Storage queue that receives the events.')
param queueName string

@description('Blob container that receives dead-lettered events.')
param deadLetterContainerName string

@description('Maximum delivery attempts before an event is dead-lettered.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('Minutes an event is retried before it is dead-lettered.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

// Built-in roles for the system topic identity.
var queueMessageSenderRoleId = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a' // Storage Queue Data Message Sender
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource queue 'queues' existing = {
      name: queueName
    }
  }

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetterContainer 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Scoped to the single destination queue / dead-letter container, not the account.
resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::queueService::queue.id, systemTopic.id, queueMessageSenderRoleId)
  scope: storage::queueService::queue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueMessageSenderRoleId)
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetterContainer.id, systemTopic.id, blobDataContributorRoleId)
  scope: storage::blobService::deadLetterContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource dropSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'drop-blob-created'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${uploadsContainerName}/blobs/${dropFolder}/'
      isSubjectCaseSensitive: false
    }
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: queueName
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
  }
  // The identity must hold its data roles before Event Grid validates/delivers.
  dependsOn: [
    queueSender
    deadLetterWriter
  ]
}

@description('Name of the Event Grid system topic.')
output systemTopicName string = systemTopic.name

@description('Name of the blob-created event subscription.')
output subscriptionName string = dropSubscription.name
