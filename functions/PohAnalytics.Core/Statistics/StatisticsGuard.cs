using MathNet.Numerics.Distributions;

namespace PohAnalytics.Core.Statistics;

/// <summary>Argument checks and critical values shared by the statistics types.</summary>
internal static class StatisticsGuard
{
    /// <summary>Throws when the confidence level is not strictly between 0 and 1.</summary>
    public static void ConfidenceLevel(double level, string paramName)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(paramName, level, "Confidence level must lie strictly between 0 and 1 (e.g. 0.95).");
        }
    }

    /// <summary>Throws when the value is NaN or infinite.</summary>
    public static void Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must be a finite number.");
        }
    }

    /// <summary>Throws when the value is negative, NaN or infinite.</summary>
    public static void NonNegative(double value, string paramName)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must be a finite number ≥ 0.");
        }
    }

    /// <summary>Throws when the value is not a proportion in [0, 1].</summary>
    public static void Proportion(double value, string paramName)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Proportion must lie in [0, 1].");
        }
    }

    /// <summary>Two-sided standard normal critical value for the confidence level.</summary>
    public static double NormalCritical(double level) => Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));

    /// <summary>Two-sided Student t critical value for the confidence level.</summary>
    public static double StudentTCritical(double level, double degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - level) / 2));

    /// <summary>Two-sided p-value of a standard normal statistic.</summary>
    public static double TwoSidedNormalP(double z) => 2 * Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>Two-sided p-value of a Student t statistic.</summary>
    public static double TwoSidedStudentTP(double t, double degreesOfFreedom) =>
        2 * StudentT.CDF(0, 1, degreesOfFreedom, -Math.Abs(t));
}
