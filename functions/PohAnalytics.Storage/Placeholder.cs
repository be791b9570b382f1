namespace PohAnalytics.Storage; internal static class Placeholder { }
