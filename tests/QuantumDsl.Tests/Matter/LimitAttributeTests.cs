using System.Reflection;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>Every numeric parameter of the matter DSL carries <c>[Limit]</c> (the analyzers read it) with a unit and a wire field.</summary>
public sealed class LimitAttributeTests
{
    public static TheoryData<Type> BuilderTypes =>
    [
        typeof(MatterJobBuilder), typeof(RfEvaporationBuilder), typeof(BarrierBuilder), typeof(OpticalLandscapeBuilder), typeof(LandscapeBuilder),
    ];

    [Theory]
    [MemberData(nameof(BuilderTypes))]
    public void Every_numeric_dsl_parameter_has_a_limit(Type builder)
    {
        var parameters = builder.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .SelectMany(m => m.GetParameters())
            .Where(p => p.ParameterType == typeof(double) || p.ParameterType == typeof(int))
            .ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p =>
        {
            var limit = p.GetCustomAttribute<LimitAttribute>();
            Assert.True(limit is not null, $"{builder.Name}.{p.Member.Name}({p.Name}) has no [Limit]");
            Assert.False(string.IsNullOrEmpty(limit.Unit), $"{p.Member.Name}({p.Name}) has no unit");
            Assert.False(string.IsNullOrEmpty(limit.Field), $"{p.Member.Name}({p.Name}) has no field");
            Assert.True(limit.Min < limit.Max, $"{p.Member.Name}({p.Name}) has an empty range");
        });
    }

    [Theory]
    [InlineData(nameof(MatterJobBuilder.TimeOfFlight), OqtantLimits.TimeOfFlightMsMin, OqtantLimits.TimeOfFlightMsMax, "time_of_flight_ms")]
    [InlineData(nameof(MatterJobBuilder.LifetimeMs), OqtantLimits.EndTimeMsMin, OqtantLimits.EndTimeMsMax, "end_time_ms")]
    public void Limits_match_what_validation_enforces(string method, double min, double max, string field)
    {
        var limit = typeof(MatterJobBuilder).GetMethod(method)!.GetParameters()[0].GetCustomAttribute<LimitAttribute>()!;
        Assert.Equal((min, max, field), (limit.Min, limit.Max, limit.Field));

        var above = new MatterJobBuilder();
        typeof(MatterJobBuilder).GetMethod(method)!.Invoke(above, [max + 1]);
        var atMax = new MatterJobBuilder().LifetimeMs(OqtantLimits.EndTimeMsMax);
        typeof(MatterJobBuilder).GetMethod(method)!.Invoke(atMax, [max]);

        Assert.Contains(above.Build().Validate(), v => v.Path == field && v.Limit == "maximum " + Violation.Format(max) + " " + limit.Unit);
        Assert.Empty(atMax.Build().Validate());
    }
}
