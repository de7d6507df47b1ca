namespace QuantumDsl.Tests.Validation;

public sealed class ViolationTests
{
    [Fact]
    public void AboveMaximum_names_path_value_and_limit()
    {
        var v = Violation.AboveMaximum("inputs[0].rf_evaporation.times_ms[2]", 250, 200, "end_time_ms", "ms");
        Assert.Equal("inputs[0].rf_evaporation.times_ms[2]: 250 ms exceeds the maximum 200 ms (end_time_ms)", v.Message);
        Assert.Equal("250", v.Value);
        Assert.Equal("maximum 200 ms (end_time_ms)", v.Limit);
    }

    [Theory]
    [InlineData(1.5, 0, 2, null)]
    [InlineData(-0.5, 0, 2, "inputs[0].x: -0.5 is below the minimum 0")]
    [InlineData(2.25, 0, 2, "inputs[0].x: 2.25 exceeds the maximum 2")]
    [InlineData(double.NaN, 0, 2, "inputs[0].x: NaN is not a number in the range [0, 2]")]
    public void CheckRange_reports_only_out_of_range_values(double value, double min, double max, string? expected) =>
        Assert.Equal(expected, Violation.CheckRange("inputs[0].x", value, min, max)?.Message);

    [Fact]
    public void Exception_lists_every_violation()
    {
        var ex = new ExperimentValidationException(
        [
            Violation.AboveMaximum("a", 3, 2),
            Violation.BelowMinimum("b", -1, 0),
        ]);
        Assert.Equal(2, ex.Violations.Count);
        Assert.Contains("a: 3 exceeds the maximum 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("b: -1 is below the minimum 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_needs_a_violation() =>
        Assert.Throws<ArgumentException>(() => new ExperimentValidationException([]));
}
