using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>A named limit case: the values to check and the exact messages expected (none when valid).</summary>
internal sealed record LimitCase(InputValues Values, string[] Expected, string? Notes = null)
{
    public static LimitCase Valid(InputValues values) => new(values, []);

    public static LimitCase Invalid(InputValues values, params string[] expected) => new(values, expected);

    public void Check() => Assert.Equal(Expected, Fixtures.Messages(Values, Notes));
}
