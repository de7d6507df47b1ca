using System.Linq;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Model;

namespace QuantumDsl.Generators;

public sealed partial class ExperimentGenerator
{
    /// <summary>
    /// The analog members: <c>Vars</c> (one Pulser variable per <c>[Param]</c>), the per-point <c>Sequence</c>, <c>Variables</c>,
    /// <c>Runs</c> and <c>Validate()</c> (array params: <see cref="EmitArrayMembers"/>).
    /// </summary>
    internal static partial class Emitter
    {
        private static void EmitVars(SourceWriter w, ExperimentSpec spec)
        {
            w.Line("/// <summary>One Pulser variable per <c>[Param]</c>, for expressions in <c>Define</c> (<c>v.Name * 2</c>).</summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed class Vars");
            w.Line("internal Vars()");
            w.Line("{");
            w.Line("}");
            foreach (var p in spec.Parameters)
            {
                if (!p.IsVariable)
                {
                    continue; // the trap map is the job's qubits, not a variable
                }

                w.Line();
                w.Line($"/// <summary>The {(p.IsArray ? "array " : "")}variable <c>{Xml(p.WireName)}</c>{(p.IsArray ? " of " + Literals.Int(p.Size) + " elements, indexed <c>v." + Xml(p.Name) + "[i]</c>" : "")}{(p.Unit is null ? "" : " (" + Xml(p.Unit) + ")")}.</summary>");
                w.Line($"public global::QuantumDsl.Analog.Variable {Literals.Identifier(p.Name)} {{ get; }} = global::QuantumDsl.Analog.Variable.{VariableFactory(p)}{Literals.String(p.WireName)}{(p.IsArray ? ", " + Literals.Int(p.Size) : "")});");
            }

            w.Close();
        }

        private static void EmitAnalog(SourceWriter w, ExperimentSpec spec)
        {
            const string Sequence = "global::QuantumDsl.Analog.AnalogSequence";
            EmitDefineDeclaration(w, matter: false);
            w.Line();
            EmitVars(w, spec);
            w.Line();
            // Define runs per point on the point itself: `this` carries the point's values (structure: register, counts,
            // anything typed int/double), `v` stays symbolic (one Pulser variable per [Param]). Points whose sequences are
            // equal share one sequence on the wire (the runner groups them); nothing a point sets is ever frozen.
            w.Line("private readonly global::QuantumDsl.SequenceCache _qdslSequence = new global::QuantumDsl.SequenceCache();");
            w.Line();
            w.Open($"private {Sequence} QdslBuildSequence()");
            w.Line($"var seq = new global::QuantumDsl.Analog.SequenceBuilder({Literals.String(spec.Device)});");
            w.Line("var v = new Vars();");
            foreach (var p in spec.Parameters)
            {
                if (p.IsVariable)
                {
                    w.Line($"seq.DeclareVariable(v.{Literals.Identifier(p.Name)});");
                }
            }

            w.Line("Define(seq, v);");
            w.Line("return seq.Build();");
            w.Close();
            w.Line();
            w.Line("/// <summary>This point's sequence: <c>Define</c> run on this point (its values fix the structure: register, counts, anything not a variable), the <c>[Param]</c>s declared as variables; built on first use and again whenever a <c>[Param]</c> value differs (a copy made with <c>with</c>). Throws <see cref=\"global::QuantumDsl.ExperimentValidationException\"/> when this point's structure breaks a device rule.</summary>");
            var values = string.Join(", ", spec.Parameters.Select(p => "this." + Literals.Identifier(p.Name)));
            w.Line($"public {Sequence} Sequence => _qdslSequence.Get(new object?[] {{ {values} }}, QdslBuildSequence);");
            w.Line();
            w.Line("/// <summary>This point's variable values, by wire name.</summary>");
            w.Open("public global::System.Collections.Generic.IReadOnlyDictionary<string, double> Variables => new global::System.Collections.Generic.Dictionary<string, double>");
            foreach (var p in spec.Parameters)
            {
                if (!p.IsArray)
                {
                    w.Line($"[{Literals.String(p.WireName)}] = this.{Literals.Identifier(p.Name)},");
                }
            }

            w.Close(";");
            if (HasArrays(spec))
            {
                EmitArrayMembers(w, spec);
            }
            w.Line();
            w.Line("/// <summary>Shots per job.</summary>");
            w.Line($"public int Runs => {Literals.Int(spec.Runs)};");
            w.Line();
            w.Line("/// <summary>Every violation of this point: <c>[Param]</c> ranges and the sequence's device limits with these values.</summary>");
            w.Open($"public {ReadOnlyList}<{Violation}> Validate()");
            w.Line("var violations = QdslValidateParameters();");
            w.Line("try");
            w.Line("{");
            w.Line(HasArrays(spec)
                ? "    violations.AddRange(QdslValidateJob());"
                : "    violations.AddRange(Sequence.Validate(Variables, Runs));");
            w.Line("}");
            w.Line($"catch ({ValidationException} e)");
            w.Line("{");
            w.Line("    violations.AddRange(e.Violations);");
            w.Line("}");
            w.Line();
            w.Line("return violations;");
            w.Close();
            w.Line();
            EmitValidateParameters(w, spec);
        }
    }
}
