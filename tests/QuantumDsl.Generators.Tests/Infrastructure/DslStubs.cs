namespace QuantumDsl.Generators.Tests.Infrastructure;

/// <summary>
/// The runtime DSL surface that generated code calls, exactly as agreed in the brief, for test compilations made before
/// the real DSL (QuantumDsl.Matter / QuantumDsl.Analog) is in the referenced runtime. Once the runtime has the real
/// types, <see cref="Needed"/> is false and every test compiles against the real runtime instead.
/// </summary>
internal static class DslStubs
{
    public static bool MatterNeeded { get; } = typeof(IExperiment).Assembly.GetType("QuantumDsl.Matter.MatterJobBuilder") is null;

    public static bool AnalogNeeded { get; } = typeof(IExperiment).Assembly.GetType("QuantumDsl.Analog.SequenceBuilder") is null;

    /// <summary>The stub sources still needed, else nothing.</summary>
    public static IEnumerable<string> Sources => (MatterNeeded ? [MatterSource] : Array.Empty<string>()).Concat(AnalogNeeded ? [AnalogSource] : []);

    public const string MatterSource = """
        #nullable enable
        namespace QuantumDsl
        {
            public interface IMatterExperiment : IExperiment
            {
                string JobName { get; }
                QuantumDsl.Matter.MatterInput ToInput();
            }
        }

        namespace QuantumDsl.Matter
        {
            public sealed class MatterInput
            {
                internal double TimeOfFlightMs { get; set; } = 12;
                public System.Collections.Generic.IReadOnlyList<Violation> Validate()
                {
                    var v = Violation.CheckRange("time_of_flight_ms", TimeOfFlightMs, 2, 20);
                    return v is null ? System.Array.Empty<Violation>() : new[] { v };
                }
            }

            public sealed class RfEvaporationBuilder
            {
                public RfEvaporationBuilder Point(
                    [Limit(-2000, 200, Unit = "ms", Field = "rf_evaporation.times_ms")] double timeMs,
                    [Limit(0, 25, Unit = "MHz", Field = "rf_evaporation.frequencies_mhz")] double frequencyMHz,
                    [Limit(0, 1000, Unit = "mW", Field = "rf_evaporation.powers_mw")] double powerMw) => this;
            }

            public sealed class MatterJobBuilder
            {
                private readonly MatterInput _input = new();
                public MatterJobBuilder Evaporation(System.Action<RfEvaporationBuilder> ramp) { ramp(new RfEvaporationBuilder()); return this; }
                public MatterJobBuilder LifetimeMs([Limit(0, 200, Unit = "ms", Field = "end_time_ms")] double lifetimeMs) => this;
                public MatterJobBuilder TimeOfFlight([Limit(2, 20, Unit = "ms", Field = "time_of_flight_ms")] double timeOfFlightMs) { _input.TimeOfFlightMs = timeOfFlightMs; return this; }
                public MatterInput Build() => _input;
            }
        }
        """;

    public const string AnalogSource = """
        #nullable enable
        namespace QuantumDsl
        {
            public interface IAnalogExperiment : IExperiment
            {
                QuantumDsl.Analog.AnalogSequence Sequence { get; }
                System.Collections.Generic.IReadOnlyDictionary<string, double> Variables { get; }
                int Runs { get; }
            }
        }

        namespace QuantumDsl.Analog
        {
            public sealed class Expr
            {
                public static implicit operator Expr(double value) => new();
                public static implicit operator Expr(Variable value) => new();
                public static Expr operator *(Expr a, Expr b) => new();
                public static Expr operator +(Expr a, Expr b) => new();
                public static Expr operator -(Expr a, Expr b) => new();
                public static Expr operator /(Expr a, Expr b) => new();
                public static Expr operator -(Expr a) => new();
            }

            public sealed class Variable
            {
                private Variable(string name, bool isInt) { Name = name; IsInt = isInt; }
                public string Name { get; }
                public bool IsInt { get; }
                public static Variable Float(string name) => new(name, false);
                public static Variable Int(string name) => new(name, true);
                public static Expr operator *(Variable a, Expr b) => new();
                public static Expr operator *(Expr a, Variable b) => new();
                public static Expr operator +(Variable a, Expr b) => new();
                public static Expr operator -(Variable a) => new();
            }

            public sealed class Register
            {
                public static Register Line([DeviceLimit(DeviceQuantity.AtomCount)] int count, [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm) => new();
            }

            public sealed class Channel { }
            public static class Channels { public static Channel RydbergGlobal { get; } = new(); }
            public enum Basis { GroundRydberg }

            public sealed class Pulse
            {
                public static Pulse Constant(
                    [DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs,
                    [DeviceLimit(DeviceQuantity.Amplitude)] Expr amplitude,
                    [DeviceLimit(DeviceQuantity.Detuning)] Expr detuning) => new();
            }

            public sealed class AnalogSequence
            {
                public string ToAbstractRepr() => "{}";
                public System.Collections.Generic.IReadOnlyList<Violation> Validate(System.Collections.Generic.IReadOnlyDictionary<string, double> variables, int runs)
                    => System.Array.Empty<Violation>();
            }

            public sealed class SequenceBuilder
            {
                public SequenceBuilder(string deviceName) { }
                public SequenceBuilder DeclareVariable(Variable variable) => this;
                public SequenceBuilder Register(Register register) => this;
                public SequenceBuilder Channel(string name, Channel channel) => this;
                public SequenceBuilder Add(Pulse pulse, string channel) => this;
                public SequenceBuilder Measure(Basis basis) => this;
                public AnalogSequence Build() => new();
            }
        }
        """;
}
