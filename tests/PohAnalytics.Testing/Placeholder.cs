namespace PohAnalytics.Testing; internal static class Placeholder { }
