using System.Globalization;
using QuantumDsl.Generators.Parsing;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>
/// Issue 17 (generator side): the compile-time expansion of <c>[Linspace]</c> and the runtime's <c>Sweeps.Linspace</c>
/// give bit-identical doubles, and decimal endpoints give the shortest literals (<c>0.15</c>, not <c>0.15000000000000002</c>).
/// </summary>
public sealed class LinspaceAgreementTests
{
    public static TheoryData<double, double, int> Cases => new()
    {
        { 0.05, 0.45, 9 },
        { 0, 1, 11 },
        { 0, 1, 4 },
        { -10, 10, 5 },
        { 0.1, 0.7, 7 },
        { 12.566, 0, 13 },
        { 1, 12, 12 },
        { 0.02, 2, 100 },
        { -1600, 0, 10_000 },
        { 1e-30, 3e-30, 3 },
        { 1.2345678901234567, 9.876543210987654, 50 },
        { 1e20, 3e20, 7 },
        { 5, 5, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generator_and_runtime_give_identical_doubles(double start, double stop, int count)
    {
        var compileTime = SweepMath.Linspace(start, stop, count);
        var runtime = Sweeps.Linspace(start, stop, count);

        Assert.Equal(count, runtime.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(runtime[i]), BitConverter.DoubleToInt64Bits(compileTime[i]));
        }

        Assert.Equal(start, compileTime[0]);
        Assert.Equal(stop, compileTime[^1]);
    }

    [Fact]
    public void Randomised_endpoints_agree_too()
    {
        var random = new Random(13);
        for (var n = 0; n < 2000; n++)
        {
            // Mostly decimal endpoints with 0-6 decimals, some arbitrary doubles.
            var start = n % 5 == 0 ? random.NextDouble() * 1e3 : Math.Round((random.NextDouble() - 0.5) * 1e4, random.Next(7));
            var stop = n % 7 == 0 ? random.NextDouble() * 1e-3 : Math.Round((random.NextDouble() - 0.5) * 1e4, random.Next(7));
            var count = random.Next(2, 60);
            var compileTime = SweepMath.Linspace(start, stop, count);
            var runtime = Sweeps.Linspace(start, stop, count);
            for (var i = 0; i < count; i++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(runtime[i]) == BitConverter.DoubleToInt64Bits(compileTime[i]),
                    $"Linspace({start:R}, {stop:R}, {count})[{i}]: runtime {runtime[i]:R}, generator {compileTime[i]:R}");
            }
        }
    }

    [Fact]
    public void Decimal_endpoints_give_the_nearest_double_to_each_decimal_point()
    {
        var values = SweepMath.Linspace(0.05, 0.45, 9);
        Assert.Equal(["0.05", "0.1", "0.15", "0.2", "0.25", "0.3", "0.35", "0.4", "0.45"], values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

        // Not a decimal grid: 1/3 steps are the double nearest to the 28-digit decimal, i.e. what 1.0 / 3 gives.
        Assert.Equal(1.0 / 3, SweepMath.Linspace(0, 1, 4)[1]);
        Assert.Equal(2.0 / 3, SweepMath.Linspace(0, 1, 4)[2]);
    }

    [Fact]
    public void Generated_sweep_literals_are_the_runtime_values()
    {
        var text = GeneratedCodeTests.Generated("""
            using QuantumDsl;
            using QuantumDsl.Matter;

            [MatterExperiment]
            public partial class Scan
            {
                [Param(Min = 0, Max = 1)] [Linspace(0.1, 0.7, 7)] public double A { get; init; }
                private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
            }
            """);
        var literals = text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("new Scan() { A = ", StringComparison.Ordinal))
            .Select(l => l["new Scan() { A = ".Length..l.IndexOf(' ', "new Scan() { A = ".Length)]).ToArray();

        Assert.Equal(["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"], literals);
        var runtime = Sweeps.Linspace(0.1, 0.7, 7);
        Assert.Equal(literals.Select(l => double.Parse(l, CultureInfo.InvariantCulture)), Enumerable.Range(0, 7).Select(i => runtime[i]));
    }
}
