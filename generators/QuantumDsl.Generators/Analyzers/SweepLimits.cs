using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Limits;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// QDSL202 for the sweep points of a <c>[Param]</c> flowing into a limited argument (a register's spacing below the
/// device's minimum atom distance, an atom count above its maximum, an amplitude, a duration …): every point is evaluated
/// through the argument's expression and each one outside the limit is reported on the sweep attribute — on the
/// offending value of a <c>[Points]</c>, on the whole <c>[Linspace]</c> (once) — naming the point, the argument, the
/// limit and its unit. The fix is there, in the sweep.
/// </summary>
internal static class SweepLimits
{
    public static void Check(OperationAnalysisContext context, ParamDeclaration param, IOperation value, string argument, LimitRange limit,
        System.Func<double, double?> evaluate)
    {
        if (param.Sweep is not { } sweep)
        {
            return;
        }

        for (var i = 0; i < sweep.Values.Length; i++)
        {
            var point = sweep.Values[i];
            if (evaluate(point) is not { } result || double.IsNaN(result) || limit.Contains(result))
            {
                continue;
            }

            var location = (sweep.IsLinspace ? AttributeLocations.Of(sweep.Attribute.Data) : AttributeLocations.Positional(sweep.Attribute.Data, i))
                ?? value.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.ParamExceedsHardwareLimit, location,
                value.Syntax.ToString(), Literals.Bound(result), $"{param.Name} sweep point {Literals.Number(point)}, index {Literals.Int(i)}",
                argument, Literals.Bound(limit.Min), Literals.Bound(limit.Max), limit.Suffix()));
            if (sweep.IsLinspace)
            {
                return; // one [Linspace], one diagnostic: its first offending point
            }
        }
    }
}
