using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

public sealed class WaveformTests
{
    private static readonly Dictionary<string, double> None = [];

    [Fact]
    public void Constant_and_ramp_sample_every_ns()
    {
        Assert.Equal([2.0, 2, 2], Waveform.Constant(3, 2).Samples(None));
        Assert.Equal([0.0, 1, 2, 3, 4], Waveform.Ramp(5, 0, 4).Samples(None));
    }

    [Fact]
    public void Blackman_matches_numpy_blackman_scaled_to_the_area()
    {
        // np.blackman(5) = [0, 0.34, 1, 0.34, 0]; its sum is 0.42 * (5 - 1) = 1.68. Samples are rad/µs, 1 ns = 1e-3 µs.
        var samples = Waveform.Blackman(5, Math.PI).Samples(None);
        double[] window = [0, 0.34, 1, 0.34, 0];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(Math.PI * 1000 * window[i] / 1.68, samples[i], 9);
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(501)]
    [InlineData(1000)]
    public void Blackman_integral_is_the_area(int duration)
    {
        var samples = Waveform.Blackman(duration, Math.PI / 2).Samples(None);
        Assert.Equal(Math.PI / 2, samples.Sum() / 1000, 9);
    }

    [Fact]
    public void Blackman_max_follows_pulsers_duration_rule()
    {
        // max 2π, area π: start at ⌈π/(0.42·2π)·1000⌉ = 1191 ns; scale π·1000/(0.42·1190) ≈ 6.2857 > 2π, so 1192 ns
        // (π·1000/(0.42·1191) ≈ 6.2804 ≤ 2π); 1192 is even, so it stays.
        var max = 2 * Math.PI;
        var samples = Waveform.BlackmanMax(max, Math.PI).Samples(None);
        Assert.Equal(1192, samples.Length);
        Assert.True(samples.Max() <= max);
        Assert.Equal(Math.PI, samples.Sum() / 1000, 9);
        Assert.Equal(1192, Waveform.BlackmanMax(-max, -Math.PI).Samples(None).Length);
    }

    [Fact]
    public void Blackman_max_needs_matching_non_zero_signs()
    {
        Assert.Throws<ExperimentValidationException>(() => Waveform.BlackmanMax(-1, Math.PI).Samples(None));
        Assert.Throws<ExperimentValidationException>(() => Waveform.BlackmanMax(1, 0).Samples(None));
    }

    [Fact]
    public void Interpolated_passes_through_its_knots()
    {
        var samples = Waveform.Interpolated(5, [0, 1, 1]).Samples(None);
        Assert.Equal(0, samples[0]);
        Assert.Equal(1, samples[2]);
        Assert.Equal(1, samples[4]);

        // Fritsch–Carlson slopes for knots (0,0),(1,1),(2,1): d = [1.5, 0, 0]; the Hermite cubic at the midpoint of
        // the first interval is 0.125·1.5 + 0.5·1 = 0.6875 (knots at 0, 2, 4 ns: sample 1 is that midpoint).
        Assert.Equal(0.6875, samples[1], 12);
        Assert.All(samples, s => Assert.InRange(s, 0, 1)); // no overshoot
    }

    [Fact]
    public void Interpolated_reproduces_linear_data_and_keeps_monotone_data_monotone()
    {
        var linear = Waveform.Interpolated(11, [0, 2, 6, 10], [0, 0.2, 0.6, 1]).Samples(None);
        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(i, linear[i], 9);
        }

        var monotone = Waveform.Interpolated(200, [0, 0.1, 3, 3.2, 10]).Samples(None);
        for (var i = 1; i < monotone.Length; i++)
        {
            Assert.True(monotone[i] >= monotone[i - 1] - 1e-12, $"sample {i} decreases");
        }
    }

    [Fact]
    public void Interpolated_rejects_bad_knots_with_every_reason()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => Waveform.Interpolated(100, [0, 1, 2], [0, 1.5, 0.5]));
        Assert.Equal(["times[1]: 1.5 exceeds the maximum 1 (fraction of the duration)", "times[2]: 0.5 is not after times[1] = 1.5"],
            error.Violations.Select(v => v.Message));
        Assert.Throws<ExperimentValidationException>(() => Waveform.Interpolated(100, [1]));
        Assert.Throws<ExperimentValidationException>(() => Waveform.Interpolated(100, [1, 2], [0, 0.5, 1]));
    }

    [Fact]
    public void Composite_concatenates()
    {
        var samples = Waveform.Composite(Waveform.Ramp(3, 0, 2), Waveform.Constant(2, 5)).Samples(None);
        Assert.Equal([0.0, 1, 2, 5, 5], samples);
    }


    [Fact]
    public void Constant_detuning_takes_the_amplitude_duration()
    {
        var pulse = Pulse.ConstantDetuning(Waveform.Blackman(100, Math.PI), detuning: -3);
        var (amplitude, detuning) = pulse.Samples(None);
        Assert.Equal(100, amplitude.Length);
        Assert.Equal(Enumerable.Repeat(-3.0, 100), detuning);
        var (amp2, det2) = Pulse.ConstantAmplitude(4, Waveform.Ramp(20, -1, 1)).Samples(None);
        Assert.Equal(Enumerable.Repeat(4.0, 20), amp2);
        Assert.Equal(20, det2.Length);
    }

    [Fact]
    public void Sampling_a_non_positive_duration_names_it()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => Waveform.Constant(Variable.Float("t"), 1).Samples(new Dictionary<string, double> { ["t"] = -4 }));
        Assert.Contains("-4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pulse_parameters_carry_device_limits_for_the_analyzers()
    {
        var parameters = typeof(Pulse).GetMethod(nameof(Pulse.Constant))!.GetParameters();
        Assert.Equal([DeviceQuantity.DurationNs, DeviceQuantity.Amplitude, DeviceQuantity.Detuning],
            parameters.Take(3).Select(p => ((DeviceLimitAttribute)p.GetCustomAttributes(typeof(DeviceLimitAttribute), false).Single()).Quantity));
    }
}
