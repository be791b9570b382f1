namespace PohAnalytics.Core.Disclosure;

/// <summary>What secondary suppression did to one problem.</summary>
/// <param name="Complements">Cells hidden as complements.</param>
/// <param name="Solves">Solver calls of the audit.</param>
/// <param name="Unprotectable">Hidden cells no complement could protect (the caller withholds more).</param>
internal sealed record SuppressionOutcome(int Complements, int Solves, IReadOnlyList<int> Unprotectable);
