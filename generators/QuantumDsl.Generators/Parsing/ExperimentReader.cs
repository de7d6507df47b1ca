using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Reads an experiment class (attributes, [Param] properties, sweeps) and checks the 0xx/1xx rules. Written once and used
/// by both the generator (which only needs what is valid) and the analyzers (which report every <see cref="Problem"/>).
/// The steps, in order: <see cref="ShapeChecks"/> (0xx), <see cref="ParamReader"/> with <see cref="SweepReader"/> and
/// <see cref="ArrayParamReader"/> (1xx per param), <see cref="SweepPlanner"/> (1xx per sweep).
/// </summary>
internal static class ExperimentReader
{
    /// <summary>
    /// Reads <paramref name="type"/>; <paramref name="problems"/> is null when the caller only needs the model. With
    /// <paramref name="preferSyntax"/> (the generator) property attributes are read from syntax when they are plain
    /// literals, else bound. <paramref name="skipPlainShapes"/> skips the member checks of a class
    /// <see cref="ClassShapes.IsPlain"/> finds nothing to report on. Both are the syntax fast path; off, only the binder
    /// reads (the generator benchmark's binder-only case, to measure what the fast path saves).
    /// </summary>
    public static ExperimentDeclaration? Read(
        INamedTypeSymbol type, List<Problem>? problems, CancellationToken cancellationToken, bool preferSyntax = false, bool skipPlainShapes = true)
    {
        var matter = QdslSymbols.Find(type, "MatterExperimentAttribute");
        var analog = QdslSymbols.Find(type, "AnalogExperimentAttribute");
        if (matter is null && analog is null)
        {
            return null;
        }

        var declaration = new ExperimentDeclaration(type, matter is null ? ExperimentKind.Analog : ExperimentKind.Matter, (matter ?? analog)!);
        ShapeChecks.Check(declaration, matter is not null && analog is not null ? analog : null, problems, skipPlainShapes);
        cancellationToken.ThrowIfCancellationRequested();
        ParamReader.Read(declaration, problems, preferSyntax);
        cancellationToken.ThrowIfCancellationRequested();
        SweepPlanner.Plan(declaration, problems);
        return declaration;
    }
}
