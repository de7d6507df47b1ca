namespace QuantumDsl.Generators.IntegrationTests.Matter;

/// <summary>The generated <c>C.Sweep</c> as a runtime <see cref="Sweep{T}"/>: zip, product, concat, slicing, names.</summary>
public sealed class SweepInteropTests
{
    [Fact]
    public void Generated_sweep_is_a_runtime_sweep_and_AsSweep_returns_it_unchanged()
    {
        var sweep = EvaporationScan.Sweep.AsSweep();
        Assert.Same(EvaporationScan.Sweep, sweep);
        Assert.Equal(9, sweep.Count);
    }

    [Fact]
    public void Generated_sweep_zips_and_multiplies_with_runtime_sweeps()
    {
        var zipped = Sweeps.Zip(EvaporationScan.Sweep.AsSweep(), Sweeps.Linspace(1, 9, 9));
        Assert.Equal(9, zipped.Count);
        Assert.Equal((0.25, 5.0), (zipped[4].First.FinalRf, zipped[4].Second));

        var product = Sweeps.Product(Sweeps.Points(4.0, 8.0), EvaporationScan.Sweep.AsSweep())
            .Select(p => new EvaporationScan { FinalRf = p.Second.FinalRf, TimeOfFlight = p.First });
        Assert.Equal(18, product.Count);
        Assert.Equal((8.0, 0.05), (product[9].TimeOfFlight, product[9].FinalRf));
    }

    [Fact]
    public void Point_sets_join_with_Concat_and_slice_with_ranges()
    {
        var joined = Sweeps.Concat(EvaporationScan.Sweep, EvaporationScan.Sweep.AsSweep()[6..], Sweeps.Points(new EvaporationScan { FinalRf = 1.5 }));
        Assert.Equal(9 + 3 + 1, joined.Count);
        Assert.Equal([0.35, 0.4, 0.45, 1.5], joined[^4..].Select(p => p.FinalRf).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => joined.Slice(10, 4));
    }

    [Fact]
    public void Each_point_exposes_every_parameter_by_name_and_wire_name()
    {
        var point = EvaporationScan.Sweep[2];
        Assert.Equal(0.15, point.Parameter("FinalRf").Value, 12);
        Assert.Equal("MHz", point.Parameter("final_rf").Param.Unit);
        Assert.Equal(12, point.Parameter("TimeOfFlight").Value);
        var missing = Assert.Throws<KeyNotFoundException>(() => point.Parameter("Detuning"));
        Assert.Contains("'Detuning' is not a parameter of EvaporationScan; its parameters are FinalRf, TimeOfFlight", missing.Message);
    }
}
