using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Model;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators;

public sealed partial class ExperimentGenerator
{
    /// <summary>Symbols → <see cref="ExperimentSpec"/>: the only place the generator sees a symbol.</summary>
    internal static class Parser
    {
        /// <summary>
        /// Builds the spec; <paramref name="syntaxFastPath"/> reads literal-only property attributes from syntax and skips
        /// the member checks of plain classes (the default: nothing to bind on each edit). Tests check both ways give
        /// equal specs.
        /// </summary>
        /// <remarks><paramref name="family"/> is the pipeline's attribute; it only matters for a class carrying both (QDSL002).</remarks>
        public static ExperimentSpec? Parse(INamedTypeSymbol type, CancellationToken cancellationToken, bool syntaxFastPath = true, ExperimentKind? family = null)
        {
            var declaration = ExperimentReader.Read(type, problems: null, cancellationToken, preferSyntax: syntaxFastPath, skipPlainShapes: syntaxFastPath);
            if (declaration is null || declaration.Emission == Emission.None)
            {
                return null;
            }

            var kind = declaration.BothFamilies && family is { } pipeline ? pipeline : declaration.Kind;
            var emission = EmissionFor(declaration, kind);
            if (!emission.Full && !emission.Define)
            {
                return null; // nothing the user's code needs
            }

            var parameters = new List<ParameterSpec>(declaration.Params.Count);
            foreach (var param in declaration.Params)
            {
                if (param.IsUsable && (declaration.Emission == Emission.Full || param.Name != "Vars"))
                {
                    parameters.Add(new ParameterSpec(param.Name, param.WireName, param.Unit, param.IsInt,
                        Literals.Double(param.Min), Literals.Double(param.Max), param.BoundsValid, param.Size, param.IsTrapMap));
                }
            }

            var axes = new List<SweepAxisSpec>(declaration.Axes.Count);
            foreach (var axis in declaration.Axes)
            {
                var members = new List<SweptParameterSpec>(axis.Members.Count);
                foreach (var member in axis.Members)
                {
                    var values = member.Sweep!.Values;
                    var literals = member.Sweep.Vectors is { } vectors ? VectorLiterals(vectors, member.IsInt) : new string[values.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        literals[i] = member.IsInt ? Literals.Int((long)values[i]) : Literals.Double(values[i]);
                    }

                    members.Add(new SweptParameterSpec(member.Name, new EquatableArray<string>(literals)));
                }

                axes.Add(new SweepAxisSpec(members.ToEquatableArray()));
            }

            var attribute = declaration.Attribute;
            var jobName = declaration.Kind == ExperimentKind.Matter && QdslSymbols.Named(attribute, "Name") is string { Length: > 0 } name
                ? name
                : type.Name;
            var device = declaration.Kind == ExperimentKind.Analog && attribute.ConstructorArguments.Length == 1
                ? attribute.ConstructorArguments[0].Value as string ?? ""
                : "";
            var runs = declaration.Kind == ExperimentKind.Analog && QdslSymbols.Named(attribute, "Runs") is int r ? r : 100;

            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
            var containingTypes = new List<ContainingTypeSpec>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containingTypes.Insert(0, new ContainingTypeSpec(Keyword(outer), Declaration(outer)));
            }

            var suffix = declaration.BothFamilies ? kind.ToString() : null;
            return new ExperimentSpec(HintNames.For(type, suffix), ns, containingTypes.ToEquatableArray(), Keyword(type), Declaration(type), Escape(type.Name), emission,
                kind, jobName, device, runs, parameters.ToEquatableArray(), axes.ToEquatableArray());
        }

        /// <summary>
        /// Full emission for a supported shape; else <c>Define</c>'s declaration only when the user implemented a
        /// <c>Define</c> of this family's arity and no user member named <c>Define</c>/<c>Vars</c> is in the way.
        /// </summary>
        private static EmissionSpec EmissionFor(ExperimentDeclaration declaration, ExperimentKind kind)
        {
            var analog = kind == ExperimentKind.Analog;
            if (declaration.Emission == Emission.Full)
            {
                return new EmissionSpec(Full: true, Define: true, Vars: analog);
            }

            var type = declaration.Type;
            var arity = analog ? 2 : 1;
            var implemented = false;
            foreach (var member in type.GetMembers("Define"))
            {
                if (member is not IMethodSymbol method)
                {
                    return new EmissionSpec(false, false, false);
                }

                implemented |= method.Parameters.Length == arity && !method.IsStatic;
            }

            var varsFree = !analog || type.GetMembers("Vars").IsEmpty;
            var define = implemented && varsFree;
            return new EmissionSpec(Full: false, Define: define, Vars: define && analog);
        }

        /// <summary>One array creation per <c>[Vector]</c> point: <c>new double[] { 1.0, 0.0 }</c>.</summary>
        private static string[] VectorLiterals(double[][] vectors, bool isInt)
        {
            var literals = new string[vectors.Length];
            for (var k = 0; k < vectors.Length; k++)
            {
                var elements = new string[vectors[k].Length];
                for (var i = 0; i < elements.Length; i++)
                {
                    elements[i] = isInt ? Literals.Int((long)vectors[k][i]) : Literals.Double(vectors[k][i]);
                }

                literals[k] = (isInt ? "new int[] { " : "new double[] { ") + string.Join(", ", elements) + " }";
            }

            return literals;
        }

        private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (false, TypeKind.Struct) => "struct",
            (false, TypeKind.Interface) => "interface",
            _ => "class",
        };

        private static string Declaration(INamedTypeSymbol type)
        {
            if (type.TypeParameters.Length == 0)
            {
                return Escape(type.Name);
            }

            var names = new string[type.TypeParameters.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Escape(type.TypeParameters[i].Name);
            }

            return Escape(type.Name) + "<" + string.Join(", ", names) + ">";
        }

        private static string Escape(string identifier) => Literals.Identifier(identifier);
    }
}
