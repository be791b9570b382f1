namespace PohAnalytics.Core.Benchmarks;

/// <summary>Where a benchmark version came from.</summary>
public enum BenchmarkOrigin
{
    /// <summary>The reference data shipped with the product (Table 4.1 of the Trimbos report).</summary>
    ReferenceData,
    /// <summary>A CSV uploaded by staff.</summary>
    Upload,
    /// <summary>Computed from the curated microdata of an ingested dataset.</summary>
    Dataset,
}
