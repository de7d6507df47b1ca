using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Model;

namespace QuantumDsl.Generators;

public sealed partial class ExperimentGenerator
{
    /// <summary>
    /// The analog members of array <c>[Param]</c>s and the <c>[TrapMap]</c>: <c>ArrayVariables</c> (the job's arrays),
    /// <c>Qubits</c> (the job's trap map) and the job's validation with both bound.
    /// </summary>
    internal static partial class Emitter
    {
        private const string ParamChecks = "global::QuantumDsl.ParamChecks";

        private static bool HasArrays(ExperimentSpec spec)
        {
            foreach (var p in spec.Parameters)
            {
                if (p.IsArray)
                {
                    return true;
                }
            }

            return false;
        }

        private static string VariableFactory(ParameterSpec p) => (p.IsInt ? "Int" : "Float") + (p.IsArray ? "Array(" : "(");

        /// <summary><c>[i]</c> after an array param's name in <c>Parameters</c> (one entry per element), nothing for a scalar.</summary>
        private static string ElementSuffix(ParameterSpec p, int element) => p.IsArray ? "[" + Literals.Int(element) + "]" : "";

        /// <summary>Missing value, wrong length and each element outside <c>[Min, Max]</c> (paths <c>wire[i]</c>).</summary>
        private static void EmitArrayCheck(SourceWriter w, ParameterSpec p)
        {
            var source = (p.IsTrapMap ? "[TrapMap] " : "[Param] ") + p.Name;
            w.Line($"violations.AddRange({ParamChecks}.Array({Literals.String(p.WireName)}, this.{Literals.Identifier(p.Name)}, {Literals.Int(p.Size)}, {p.MinLiteral}, {p.MaxLiteral}, {Literals.String(source)}, {Literals.String(p.Unit)}));");
            w.Line();
        }

        private static void EmitArrayMembers(SourceWriter w, ExperimentSpec spec)
        {
            const string Dictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
            const string Doubles = "global::System.Collections.Generic.IReadOnlyList<double>";
            w.Line();
            w.Line("/// <summary>This point's array variables, by wire name (each job's <c>variables</c> carries them as JSON arrays).</summary>");
            w.Open($"public {Dictionary}<string, {Doubles}> ArrayVariables => new global::System.Collections.Generic.Dictionary<string, {Doubles}>");
            ParameterSpec? trapMap = null;
            foreach (var p in spec.Parameters)
            {
                if (p.IsTrapMap)
                {
                    trapMap = p;
                }
                else if (p.IsArray)
                {
                    w.Line($"[{Literals.String(p.WireName)}] = {ParamChecks}.AsDoubles(this.{Literals.Identifier(p.Name)}),");
                }
            }

            w.Close(";");
            if (trapMap is not null)
            {
                w.Line();
                w.Line($"/// <summary>This point's {{qubit id: trap id}} map from <c>{Xml(trapMap.Name)}</c> (element i = the trap of the register's i-th qubit), sent as each job's <c>variables.qubits</c>.</summary>");
                w.Line($"public {Dictionary}<string, int>? Qubits => global::QuantumDsl.Analog.TrapMaps.ToQubits(Sequence, this.{Literals.Identifier(trapMap.Name)});");
            }

            w.Line();
            w.Line("/// <summary>The job's checks (<c>Sequence.ValidateJob</c> with the arrays and the trap map bound), once every array has its size.</summary>");
            w.Open($"private {List} QdslValidateJob()");
            w.Line($"var violations = new {List}();");
            w.StartLine("if (");
            var first = true;
            foreach (var p in spec.Parameters)
            {
                if (p.IsArray)
                {
                    w.Append(first ? "" : " && ").Append($"this.{Literals.Identifier(p.Name)} is {{ Length: {Literals.Int(p.Size)} }}");
                    first = false;
                }
            }

            w.EndLine(")");
            w.Line("{");
            if (trapMap is not null)
            {
                w.Line($"    violations.AddRange(global::QuantumDsl.Analog.TrapMaps.Check({Literals.String(trapMap.WireName)}, this.{Literals.Identifier(trapMap.Name)}, Sequence, {Literals.String("[TrapMap] " + trapMap.Name)}));");
                w.Line("    if (violations.Count == 0)");
                w.Line("    {");
                w.Line("        violations.AddRange(global::QuantumDsl.AnalogJobValues.ValidateJob(this));");
                w.Line("    }");
            }
            else
            {
                w.Line("    violations.AddRange(global::QuantumDsl.AnalogJobValues.ValidateJob(this));");
            }

            w.Line("}");
            w.Line();
            w.Line("return violations;");
            w.Close();
        }
    }
}
