using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Tests.Generation;

public sealed class HelperTests
{
    [Theory]
    [InlineData("FinalRf", "final_rf")]
    [InlineData("OmegaMax", "omega_max")]
    [InlineData("RFPower", "rf_power")]
    [InlineData("TimeOfFlight2", "time_of_flight2")]
    [InlineData("x", "x")]
    [InlineData("DurationNs", "duration_ns")]
    public void Snake_case_is_the_default_wire_name(string property, string wire) => Assert.Equal(wire, Literals.SnakeCase(property));

    [Fact]
    public void Linspace_matches_the_runtime_sweep_exactly()
    {
        var compiled = SweepMath.Linspace(0.05, 0.45, 9);
        var runtime = QuantumDsl.Sweeps.Linspace(0.05, 0.45, 9).ToArray();

        Assert.Equal(runtime, compiled);
        Assert.Equal(0.45, compiled[^1]);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(2.0, "2.0")]
    [InlineData(-1600.0, "-1600.0")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(12.566370614359172, "12.566370614359172")]
    public void Double_literals_round_trip(double value, string literal)
    {
        Assert.Equal(literal, Literals.Double(value));
        Assert.Equal(value, double.Parse(literal, System.Globalization.CultureInfo.InvariantCulture));
    }
}
