// User-assigned managed identity shared by the function app (host storage, app SDK
// clients, Flex deployment storage, Application Insights Entra ID auth).

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region for the identity.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource ID of the identity.')
output id string = identity.id

@description('Client (application) ID of the identity; used in AzureWebJobsStorage__clientId and APPLICATIONINSIGHTS_AUTHENTICATION_STRING.')
output clientId string = identity.properties.clientId

@description('Object (principal) ID of the identity; used for role assignments.')
output principalId string = identity.properties.principalId
