// Azure Static Web App (Free) that serves the static dashboard/ folder.

@description('Name of the static web app.')
param name string

@description('Azure region for the static web app (Static Web Apps is offered in a limited set of regions).')
param location string

@description('Tags applied to the static web app.')
param tags object

resource staticSite 'Microsoft.Web/staticSites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

@description('Name of the static web app.')
output name string = staticSite.name

@description('Public HTTPS URL of the dashboard (no trailing slash).')
output url string = 'https://${staticSite.properties.defaultHostname}'
