using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Model;

namespace QuantumDsl.Generators;

public sealed partial class ExperimentGenerator
{
    /// <summary>The matter members: <c>JobName</c>, <c>ToInput()</c> and <c>Validate()</c> over the Oqtant input.</summary>
    internal static partial class Emitter
    {
        private static void EmitMatter(SourceWriter w, ExperimentSpec spec)
        {
            EmitDefineDeclaration(w, matter: true);
            w.Line();
            w.Line("/// <summary>The Oqtant job name.</summary>");
            w.Line($"public string JobName => {Literals.String(spec.JobName)};");
            w.Line();
            w.Line("/// <summary>This point's Oqtant input (calls <c>Define</c>); throws <see cref=\"global::QuantumDsl.ExperimentValidationException\"/> listing every violation.</summary>");
            w.Open("public global::QuantumDsl.Matter.MatterInput ToInput()");
            w.Line("var violations = QdslValidateParameters();");
            w.Line("var input = QdslBuildInput();");
            w.Line("violations.AddRange(input.Validate());");
            w.Line($"{ValidationException}.ThrowIfAny(violations);");
            w.Line("return input;");
            w.Close();
            w.Line();
            w.Line("/// <summary>Every violation of this point: <c>[Param]</c> ranges and the Oqtant input's limits.</summary>");
            w.Open($"public {ReadOnlyList}<{Violation}> Validate()");
            w.Line("var violations = QdslValidateParameters();");
            w.Line("violations.AddRange(QdslBuildInput().Validate());");
            w.Line("return violations;");
            w.Close();
            w.Line();
            w.Open("private global::QuantumDsl.Matter.MatterInput QdslBuildInput()");
            w.Line("var job = new global::QuantumDsl.Matter.MatterJobBuilder();");
            w.Line("Define(job);");
            w.Line("return job.Build();");
            w.Close();
            w.Line();
            EmitValidateParameters(w, spec);
        }
    }
}
