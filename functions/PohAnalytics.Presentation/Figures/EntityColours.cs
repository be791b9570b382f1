namespace PohAnalytics.Presentation.Figures;

/// <summary>
/// One colour per entity across the whole dashboard: the sample, each benchmark (by id), each dataset or wave (by id),
/// POH-GGZ vs GP, and codebook-ordered entities (norms, subgroups). Every figure takes its series colours from here, so
/// an entity looks the same on every page and under every filter.
/// </summary>
public static class EntityColours
{
    /// <summary>The sample (the selected dataset itself, unweighted): Okabe–Ito blue.</summary>
    public const string Sample = "#0072B2";

    /// <summary>The sample after raking: sky blue, a lighter shade of the sample.</summary>
    public const string Raked = "#56B4E9";

    /// <summary>POH-GGZ respondents.</summary>
    public const string PohGgz = "#009E73";

    /// <summary>General practitioners (huisartsen).</summary>
    public const string Gp = "#CC79A7";

    /// <summary>Benchmarks, in the order of their ids (Okabe–Ito colours not used for the sample).</summary>
    public static readonly string[] Benchmarks = ["#E69F00", "#D55E00", "#000000", "#CC79A7", "#009E73", "#F0E442"];

    /// <summary>Datasets and waves, in the order of their ids (Paul Tol's muted scheme: distinct from the Okabe–Ito ones).</summary>
    public static readonly string[] Datasets =
        ["#332288", "#44AA99", "#882255", "#DDCC77", "#117733", "#AA4499", "#88CCEE", "#999933", "#CC6677"];

    /// <summary>Entities with a fixed order from the codebook (norms, answer categories, subgroups), by position.</summary>
    /// <remarks>Without the sample's blue and the raked sample's sky blue.</remarks>
    public static readonly string[] Ordered = ["#E69F00", "#009E73", "#CC79A7", "#D55E00", "#000000", "#F0E442"];

    /// <summary>A benchmark's colour: its place among all benchmark ids (ordinal order), so it is the same in every view.</summary>
    public static string Benchmark(string id, IEnumerable<string> allIds) => ByRank(Benchmarks, id, allIds);

    /// <summary>A dataset's (or wave's) colour: its place among all dataset ids (ordinal order).</summary>
    public static string Dataset(string id, IEnumerable<string> allIds) => ByRank(Datasets, id, allIds);

    /// <summary>The colour of a codebook-ordered entity at <paramref name="position"/> in the codebook's full list.</summary>
    public static string Ordinal(int position) => Ordered[position % Ordered.Length];

    /// <summary>A respondent group's colour: POH-GGZ and GP fixed, any other group by its key.</summary>
    public static string RespondentGroup(string key, IEnumerable<string> allKeys) => key switch
    {
        "poh-ggz" or "poh" => PohGgz,
        "gp" or "huisarts" => Gp,
        _ => ByRank(Datasets, key, allKeys),
    };

    private static string ByRank(string[] palette, string id, IEnumerable<string> allIds)
    {
        var ordered = allIds.Append(id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return palette[ordered.IndexOf(id) % palette.Length];
    }
}
