using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Model;

namespace QuantumDsl.Generators;

public sealed partial class ExperimentGenerator
{
    /// <summary>The fluent, immutable <c>Builder</c> nested in every fully emitted experiment.</summary>
    internal static partial class Emitter
    {
        private static void EmitBuilder(SourceWriter w, ExperimentSpec spec)
        {
            var ps = spec.Parameters;
            var type = spec.TypeName;
            w.Line();
            w.Line("/// <summary>Fluent, immutable builder: <c>With&lt;Param&gt;</c> returns a new builder; <c>Build()</c> validates and throws <see cref=\"global::QuantumDsl.ExperimentValidationException\"/> listing every violation.</summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed class Builder");
            foreach (var p in ps)
            {
                w.Line($"private readonly {TypeOf(p)} {Literals.Field(p.Name)};");
            }

            if (ps.Count > 0)
            {
                w.Line();
            }

            w.Line("/// <summary>Starts from the defaults (the property initializers).</summary>");
            if (ps.Count == 0)
            {
                w.Line("public Builder()");
                w.Line("{");
                w.Line("}");
            }
            else
            {
                w.Line("public Builder()");
                w.Line($"    : this(new {type}())");
                w.Line("{");
                w.Line("}");
                w.Line();
                w.Line($"private Builder({type} from)");
                w.StartLine("    : this(");
                for (var i = 0; i < ps.Count; i++)
                {
                    w.Append(i == 0 ? "" : ", ").Append("from.").Append(Literals.Identifier(ps[i].Name));
                }

                w.EndLine(")");
                w.Line("{");
                w.Line("}");
                w.Line();
                w.StartLine("private Builder(");
                for (var i = 0; i < ps.Count; i++)
                {
                    w.Append(i == 0 ? "" : ", ").Append(TypeOf(ps[i])).Append(" ").Append(Literals.Parameter(ps[i].Name));
                }

                w.EndLine(")");
                w.Line("{");
                foreach (var p in ps)
                {
                    w.Line($"    {Literals.Field(p.Name)} = {Literals.Parameter(p.Name)};");
                }

                w.Line("}");
            }

            for (var i = 0; i < ps.Count; i++)
            {
                var p = ps[i];
                w.Line();
                w.Line($"/// <summary>A builder with <c>{Xml(p.Name)}</c> = <paramref name=\"value\"/>{(p.Unit is null ? "" : " (" + Xml(p.Unit) + ")")}.</summary>");
                w.StartLine($"public Builder With{p.Name}(");
                if (p.BoundsValid && !p.IsArray)
                {
                    // The limit QDSL203 checks constants against; left out when the bounds are invalid (QDSL102).
                    w.Append($"[global::QuantumDsl.Limit({p.MinLiteral}, {p.MaxLiteral}");
                    if (p.Unit is not null)
                    {
                        w.Append($", Unit = {Literals.String(p.Unit)}");
                    }

                    w.Append($", Field = {Literals.String(p.WireName)})] ");
                }

                w.Append($"{TypeOf(p)} value) => new Builder(");
                for (var j = 0; j < ps.Count; j++)
                {
                    w.Append(j == 0 ? "" : ", ").Append(j == i ? "value" : Literals.Field(ps[j].Name));
                }

                w.EndLine(");");
            }

            w.Line();
            w.Line("/// <summary>The experiment; throws <see cref=\"global::QuantumDsl.ExperimentValidationException\"/> listing every violation.</summary>");
            w.Open($"public {type} Build()");
            w.StartLine($"var experiment = new {type}()");
            if (ps.Count > 0)
            {
                w.Append(" { ");
                for (var i = 0; i < ps.Count; i++)
                {
                    w.Append(i == 0 ? "" : ", ").Append(Literals.Identifier(ps[i].Name)).Append(" = ").Append(Literals.Field(ps[i].Name));
                }

                w.Append(" }");
            }

            w.EndLine(";");
            w.Line($"{ValidationException}.ThrowIfAny(experiment.Validate());");
            w.Line("return experiment;");
            w.Close();
            w.Close();
        }
    }
}
