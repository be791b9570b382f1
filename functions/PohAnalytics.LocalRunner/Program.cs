using PohAnalytics.LocalRunner;

var app = LocalRunnerHost.Build(args);
await app.RunAsync();
