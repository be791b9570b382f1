using MathNet.Numerics.LinearAlgebra;

namespace PohAnalytics.Core.Statistics.Design;

/// <summary>
/// A one-stage design without clusters (every respondent its own primary sampling unit) with weights, optional strata and
/// optional raking (calibration) margins. Variances are Taylor-linearised as R's <c>survey</c> package does: the influence
/// values of an estimate are residualised on the raking margins (<c>svyrecvar</c> for a <c>rake</c> design), then
/// Var = Σ_h n_h/(n_h − 1) Σ_i∈h (z_i − z̄_h)². So after raking the weighted share of a raking category has SE 0.
/// Respondents with a missing value form a domain: they keep their place in the design with influence 0 (as
/// <c>svymean(..., na.rm = TRUE)</c>), which is how "not asked" items are estimated.
/// </summary>
public sealed partial class SurveyDesign
{
    // survey::svyrecvar backfits the raking margins a fixed ten times rather than to convergence; the same here.
    private const int RakingBackfitCycles = 10;

    private readonly double[] _weights;
    private readonly int[]? _strata;
    private readonly IReadOnlyList<int[]> _margins;
    private readonly Lazy<(int[] CellOf, int[][] Cells, int[] Categories)> _rakingCells;
    private readonly Lazy<(int[] Of, int[] Sizes)> _strataLayout;

    private SurveyDesign(double[] weights, int[]? strata, IReadOnlyList<int[]> margins)
    {
        _weights = weights;
        _strata = strata;
        _margins = margins;
        _rakingCells = new Lazy<(int[] CellOf, int[][] Cells, int[] Categories)>(RakingCells);
        _strataLayout = new Lazy<(int[] Of, int[] Sizes)>(StrataLayout);
    }

    /// <summary>Respondents in the design.</summary>
    public int N => _weights.Length;

    /// <summary>The weights, in respondent order.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Whether the weights were calibrated (raked) to margins.</summary>
    public bool IsCalibrated => _margins.Count > 0;

    /// <summary>A simple random sample: every weight 1.</summary>
    /// <param name="n">Respondents.</param>
    public static SurveyDesign Unweighted(int n) => Weighted(Enumerable.Repeat(1.0, n).ToArray());

    /// <summary>A weighted design without calibration, optionally stratified (e.g. two stacked data sets).</summary>
    /// <param name="weights">Weights, finite and ≥ 0.</param>
    /// <param name="strata">Stratum of each respondent; null for one stratum.</param>
    public static SurveyDesign Weighted(IReadOnlyList<double> weights, IReadOnlyList<string>? strata = null)
    {
        var w = CheckWeights(weights);
        int[]? s = null;
        if (strata is not null)
        {
            if (strata.Count != w.Length)
                throw new ArgumentException($"Got {strata.Count} strata for {w.Length} respondents.", nameof(strata));
            s = Index(strata) ?? throw new ArgumentException("Strata cannot be missing.", nameof(strata));
        }
        return new SurveyDesign(w, s, []);
    }

    /// <summary>A design raked to margins of the given categorical variables (the weights are the raked weights).</summary>
    /// <param name="weights">Raked weights, finite and ≥ 0.</param>
    /// <param name="rakingCategories">Per raking variable, every respondent's (margin) category; no nulls.</param>
    public static SurveyDesign Raked(IReadOnlyList<double> weights, IEnumerable<IReadOnlyList<string?>> rakingCategories)
    {
        var w = CheckWeights(weights);
        var margins = new List<int[]>();
        foreach (var categories in rakingCategories)
        {
            if (categories.Count != w.Length)
                throw new ArgumentException($"A raking variable lists {categories.Count} respondents, the weights {w.Length}.", nameof(rakingCategories));
            margins.Add(Index(categories)
                ?? throw new ArgumentException("Raking categories cannot be missing.", nameof(rakingCategories)));
        }
        return new SurveyDesign(w, null, margins);
    }

    /// <summary>Weighted mean with its linearised standard error (<c>svymean(~y, design, na.rm = TRUE)</c>).</summary>
    /// <param name="values">Per respondent value; null or NaN is missing (outside the domain).</param>
    public DesignEstimate Mean(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckCount(values.Count);
        var x = new double[N];
        var present = new bool[N];
        var array = values as double?[];
        for (var i = 0; i < N; i++)
            if ((array is null ? values[i] : array[i]) is { } v && !double.IsNaN(v)) (x[i], present[i]) = (v, true);
        return MeanOf(x, present);
    }

    /// <summary>Weighted proportion of <c>true</c> with its linearised standard error; null answers are outside the domain.</summary>
    /// <param name="member">Per respondent: true, false or null (missing / not asked).</param>
    public DesignEstimate Proportion(IReadOnlyList<bool?> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        CheckCount(member.Count);
        if (_strata is null) return ProportionByGroups(member);
        // The mean of a 0/1 indicator, laid out directly (no array of a million nullable doubles in between).
        var x = new double[N];
        var present = new bool[N];
        var array = member as bool?[];
        for (var i = 0; i < N; i++)
            if ((array is null ? member[i] : array[i]) is { } b) (x[i], present[i]) = (b ? 1.0 : 0.0, true);
        return MeanOf(x, present);
    }

    private void CheckCount(int count)
    {
        if (count != N) throw new ArgumentException($"Got {count} values for {N} respondents.", "values");
    }

    // Plain loops in respondent order: the same sums as before, without an enumerator or a matrix per estimate.
    private DesignEstimate MeanOf(double[] x, bool[] present)
    {
        var sum = 0.0;
        var count = 0;
        for (var i = 0; i < N; i++)
        {
            if (!present[i]) continue;
            sum += _weights[i];
            count++;
        }
        if (!(sum > 0)) return new DesignEstimate(null, null, count, 0);
        var weighted = 0.0;
        for (var i = 0; i < N; i++)
            if (present[i]) weighted += _weights[i] * x[i];
        var mean = weighted / sum;
        // The influence values overwrite the values, which are not needed any more.
        var z = x;
        for (var i = 0; i < N; i++) z[i] = present[i] ? _weights[i] * (x[i] - mean) / sum : 0;
        return new DesignEstimate(mean, Math.Sqrt(Math.Max(0, Covariance(z, 1)[0, 0])), count, sum);
    }

    /// <summary>Weighted totals of category indicators and their linearised covariance (<c>svytotal</c>).</summary>
    /// <param name="categories">Per respondent category; null or a category not listed is outside the domain.</param>
    /// <param name="levels">The categories, in the order of the result.</param>
    internal (Vector<double> Totals, Matrix<double> Covariance) Totals(IReadOnlyList<string?> categories, IReadOnlyList<string> levels)
    {
        if (categories.Count != N) throw new ArgumentException($"Got {categories.Count} categories for {N} respondents.", nameof(categories));
        var (levelOf, first) = LevelIndex(categories, levels);
        if (_strata is null) return TotalsByGroups(levelOf, first);
        var z = new double[N * levels.Count];
        for (var j = 0; j < levels.Count; j++)
            for (var i = 0; i < N; i++)
                if (levelOf[i] == first[j]) z[(j * N) + i] = _weights[i];
        var totals = Matrix<double>.Build.Dense(N, levels.Count, z).ColumnSums();
        return (totals, Covariance(z, levels.Count));
    }

    /// <summary>Weighted means of category indicators and their linearised covariance (<c>svymean</c> of a factor).</summary>
    internal (Vector<double> Means, Matrix<double> Covariance) Means(IReadOnlyList<string?> categories, IReadOnlyList<string> levels)
    {
        var (levelOf, first) = LevelIndex(categories, levels);
        var sum = 0.0;
        var perLevel = new double[levels.Count];
        for (var i = 0; i < N; i++)
            if (levelOf[i] >= 0) sum += _weights[i];
        for (var i = 0; i < N; i++)
            if (levelOf[i] >= 0) perLevel[levelOf[i]] += _weights[i];
        var means = Vector<double>.Build.Dense(levels.Count, j => perLevel[first[j]] / sum);
        var z = new double[N * levels.Count];
        for (var j = 0; j < levels.Count; j++)
            for (var i = 0; i < N; i++)
                if (levelOf[i] >= 0) z[(j * N) + i] = _weights[i] * ((levelOf[i] == first[j] ? 1 : 0) - means[j]) / sum;
        return (means, Covariance(z, levels.Count));
    }

    // Each respondent's level (the first equal one; -1 outside the levels), and each level's first equal level, so a
    // comparison of two small integers stands for the string comparison per respondent and level.
    private static (int[] LevelOf, int[] First) LevelIndex(IReadOnlyList<string?> categories, IReadOnlyList<string> levels)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new int[levels.Count];
        for (var j = 0; j < levels.Count; j++)
            first[j] = index.TryAdd(levels[j], j) ? j : index[levels[j]];
        var levelOf = new int[categories.Count];
        for (var i = 0; i < levelOf.Length; i++)
            levelOf[i] = categories[i] is { } c && index.TryGetValue(c, out var level) ? level : -1;
        return (levelOf, first);
    }

    /// <summary>Primary sampling units minus strata: the design degrees of freedom.</summary>
    internal int DegreesOfFreedom => N - (_strata?.Distinct().Count() ?? 1);

    /// <summary>Linearised covariance of the totals of the influence columns (raking residuals, then strata).</summary>
    internal Matrix<double> Covariance(Matrix<double> influence) => Covariance(influence.ToColumnMajorArray(), influence.ColumnCount);

    // Plain column-major arrays: the same sums as the matrix form, without a vector per respondent. Overwrites z.
    private Matrix<double> Covariance(double[] z, int columns)
    {
        if (_margins.Count > 0)
            for (var j = 0; j < columns; j++) RemoveMarginMeans(z.AsSpan(j * N, N));
        var (strata, sizes) = _strataLayout.Value;
        var strataCount = sizes.Length;
        var means = new double[strataCount, columns];
        for (var j = 0; j < columns; j++)
            for (var i = 0; i < N; i++) means[strata[i], j] += z[(j * N) + i];
        for (var h = 0; h < strataCount; h++)
            for (var j = 0; j < columns; j++) means[h, j] /= sizes[h];
        var result = Matrix<double>.Build.Dense(columns, columns);
        for (var a = 0; a < columns; a++)
            for (var b = a; b < columns; b++)
            {
                var perStratum = new double[strataCount];
                for (var i = 0; i < N; i++)
                {
                    var h = strata[i];
                    perStratum[h] += (z[(a * N) + i] - means[h, a]) * (z[(b * N) + i] - means[h, b]);
                }
                var sum = 0.0;
                for (var h = 0; h < strataCount; h++)
                    if (sizes[h] >= 2) sum += perStratum[h] * (sizes[h] / (sizes[h] - 1.0));
                result[a, b] = result[b, a] = sum;
            }
        return result;
    }

    // Backfitting: z_i ← z_i − w_i · mean over its category of (z/w), margin after margin, ten cycles. Each step shifts
    // z/w by a constant per category, so the cycles run on the cells of the crossed margins (sums of z/w and counts per
    // cell) and the respondents are visited twice per column instead of twice per step.
    private void RemoveMarginMeans(Span<double> z)
    {
        var (cellOf, cells, _) = _rakingCells.Value;
        var positive = new double[cells.Length];
        var sums = new double[cells.Length];
        var counts = new int[cells.Length];
        for (var i = 0; i < N; i++)
        {
            counts[cellOf[i]]++;
            if (_weights[i] > 0)
            {
                sums[cellOf[i]] += z[i] / _weights[i];
                positive[cellOf[i]]++;
            }
        }
        var shift = MarginShifts(sums, positive, counts);
        for (var i = 0; i < N; i++)
            z[i] -= _weights[i] * shift[cellOf[i]];
    }

    // The backfitting cycles on the cells: per cell, Σ z/w over its positive weights, how many those are, and its size.
    private double[] MarginShifts(double[] sums, double[] positive, int[] counts)
    {
        var (_, cells, marginCategories) = _rakingCells.Value;
        var shift = new double[cells.Length];
        for (var cycle = 0; cycle < RakingBackfitCycles; cycle++)
            for (var m = 0; m < _margins.Count; m++)
            {
                var categories = marginCategories[m];
                var categorySums = new double[categories];
                var categoryCounts = new int[categories];
                for (var c = 0; c < cells.Length; c++)
                {
                    categorySums[cells[c][m]] += sums[c] - (positive[c] * shift[c]);
                    categoryCounts[cells[c][m]] += counts[c];
                }
                for (var c = 0; c < cells.Length; c++) shift[c] += categorySums[cells[c][m]] / categoryCounts[cells[c][m]];
            }
        return shift;
    }


    // Each respondent's cell of the crossed raking margins, and each cell's category per margin.
    private (int[] CellOf, int[][] Cells, int[] Categories) RakingCells()
    {
        var radix = _margins.Select(m => m.Max() + 1L).ToArray();
        var index = new Dictionary<long, int>();
        var cells = new List<int[]>();
        var cellOf = new int[N];
        for (var i = 0; i < N; i++)
        {
            var key = 0L;
            for (var m = 0; m < _margins.Count; m++) key = (key * radix[m]) + _margins[m][i];
            if (!index.TryGetValue(key, out var cell))
            {
                index[key] = cell = cells.Count;
                cells.Add(_margins.Select(margin => margin[i]).ToArray());
            }
            cellOf[i] = cell;
        }
        return (cellOf, [.. cells], [.. radix.Select(r => (int)r)]);
    }

    // Each respondent's stratum (all 0 without strata) and the stratum sizes, the same for every estimate.
    private (int[] Of, int[] Sizes) StrataLayout()
    {
        var strata = _strata ?? new int[N];
        var sizes = new int[strata.Length == 0 ? 0 : strata.Max() + 1];
        foreach (var stratum in strata) sizes[stratum]++;
        return (strata, sizes);
    }

    // Each label's position in order of first appearance; null when a label is missing.
    private static int[]? Index(IReadOnlyList<string?> labels)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = new int[labels.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            if (labels[i] is not { } label) return null;
            positions[i] = index.TryGetValue(label, out var k) ? k : index[label] = index.Count;
        }
        return positions;
    }

    private static double[] CheckWeights(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("A design needs respondents.", nameof(weights));
        if (weights.Any(w => !(double.IsFinite(w) && w >= 0)))
            throw new ArgumentException("Weights must be finite and ≥ 0.", nameof(weights));
        return weights.ToArray();
    }
}
