using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Registry;

/// <summary>A curated sink that must be disposed to finish the file.</summary>
public interface ICuratedWriter : ICuratedSink, IAsyncDisposable;
