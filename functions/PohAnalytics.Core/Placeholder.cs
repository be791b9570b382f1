namespace PohAnalytics.Core; internal static class Placeholder { }
