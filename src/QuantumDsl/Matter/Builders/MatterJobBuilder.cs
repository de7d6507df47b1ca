namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>
/// The fluent, mutable builder a matter experiment's <c>Define</c> fills in; <see cref="Build"/> snapshots it into an
/// immutable <see cref="MatterInput"/> without validating. Defaults are the Python client's <c>QuantumMatter</c>:
/// lifetime 10 ms, time of flight 12 ms, TIME_OF_FLIGHT imaging and <see cref="MatterDefaults.Evaporation"/>.
/// </summary>
public sealed class MatterJobBuilder
{
    private readonly List<OpticalBarrier> barriers = [];
    private double lifetimeMs = MatterDefaults.LifetimeMs;
    private double timeOfFlightMs = MatterDefaults.TimeOfFlightMs;
    private ImageType imageType = MatterDefaults.Image;
    private RfEvaporationBuilder? evaporation;
    private OpticalLandscape? landscape;
    private Laser? terminator;
    private string? notes;

    /// <summary>Replaces the RF-evaporation ramp with the points <paramref name="configure"/> adds.</summary>
    public MatterJobBuilder Evaporation(Action<RfEvaporationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new RfEvaporationBuilder();
        configure(builder);
        evaporation = builder;
        return this;
    }

    /// <summary>Sets the length of the experiment stage (<c>end_time_ms</c>), 0.1 ms resolution.</summary>
    public MatterJobBuilder LifetimeMs([Limit(EndTimeMsMin, EndTimeMsMax, Unit = "ms", Field = "end_time_ms")] double ms)
    {
        lifetimeMs = ms;
        return this;
    }

    /// <summary>Sets the time of flight (<c>time_of_flight_ms</c>), 0.1 ms resolution.</summary>
    public MatterJobBuilder TimeOfFlight([Limit(TimeOfFlightMsMin, TimeOfFlightMsMax, Unit = "ms", Field = "time_of_flight_ms")] double ms)
    {
        timeOfFlightMs = ms;
        return this;
    }

    /// <summary>Sets the imaging mode.</summary>
    public MatterJobBuilder ImageType(ImageType value)
    {
        imageType = value;
        return this;
    }

    /// <summary>Images the atoms in the trap (IN_TRAP; makes the job a BARRIER job).</summary>
    public MatterJobBuilder InTrap() => ImageType(Matter.ImageType.InTrap);

    /// <summary>Adds a painted barrier with the points <paramref name="configure"/> adds.</summary>
    public MatterJobBuilder Barrier(Action<BarrierBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new BarrierBuilder();
        configure(builder);
        barriers.Add(builder.Build());
        return this;
    }

    /// <summary>Sets the painted landscape to the snapshots <paramref name="configure"/> adds (makes a PAINT_1D job).</summary>
    public MatterJobBuilder Landscape(Action<OpticalLandscapeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new OpticalLandscapeBuilder();
        configure(builder);
        landscape = builder.Build();
        return this;
    }

    /// <summary>Switches the terminator beam on at <paramref name="onMs"/> and off at <paramref name="offMs"/>.</summary>
    public MatterJobBuilder Terminator(
        [Limit(LaserTimeMsMin, LaserTimeMsMax, Unit = "ms", Field = "lasers.pulses.times_ms")] double onMs,
        [Limit(LaserTimeMsMin, LaserTimeMsMax, Unit = "ms", Field = "lasers.pulses.times_ms")] double offMs)
    {
        terminator = Laser.Terminator(onMs, offMs);
        return this;
    }

    /// <summary>Sets the input's notes (at most 500 characters).</summary>
    public MatterJobBuilder Notes(string? value)
    {
        notes = value;
        return this;
    }

    /// <summary>Snapshots the builder into an input. Never throws; call <see cref="MatterInput.Validate"/> to check it.</summary>
    public MatterInput Build() => new(
        new InputValues
        {
            EndTimeMs = lifetimeMs,
            ImageType = imageType,
            TimeOfFlightMs = timeOfFlightMs,
            RfEvaporation = evaporation?.Build(lifetimeMs) ?? MatterDefaults.Evaporation,
            OpticalBarriers = barriers.Count == 0 ? null : [.. barriers],
            OpticalLandscape = landscape,
            Lasers = terminator is null ? null : [terminator],
        },
        notes);
}
