namespace QuantumDsl.Matter;

/// <summary>
/// Every fixed limit of an Oqtant job input (the latest <c>bert_schemas</c>), declared once: the runtime validation
/// and the <c>[Limit]</c> attributes of the DSL methods (read by the analyzers) use these same constants.
/// Times are in ms, frequencies in MHz, powers in mW, positions and widths in µm, heights and potentials in kHz.
/// </summary>
public static class OqtantLimits
{
    // ---- Experiment timing and imaging ----

    /// <summary>Shortest experiment (<c>end_time_ms</c>).</summary>
    public const double EndTimeMsMin = 0;

    /// <summary>Longest experiment (<c>end_time_ms</c>); also the bound of every experiment-stage time.</summary>
    public const double EndTimeMsMax = 200;

    /// <summary>Resolution of every decimal time (end time, time of flight, barrier, landscape and pulse times).</summary>
    public const double TimeResolutionMs = 0.1;

    /// <summary>Shortest time of flight (<c>time_of_flight_ms</c>).</summary>
    public const double TimeOfFlightMsMin = 2;

    /// <summary>Longest time of flight (<c>time_of_flight_ms</c>).</summary>
    public const double TimeOfFlightMsMax = 20;

    // ---- RF evaporation ----

    /// <summary>Earliest RF time (whole ms; times ≤ 0 are the ramp before the experiment stage).</summary>
    public const int RfTimeMsMin = -2000;

    /// <summary>Latest RF time (whole ms; also at most <c>end_time_ms</c>).</summary>
    public const int RfTimeMsMax = 200;

    /// <summary>Lowest RF frequency.</summary>
    public const double RfFrequencyMHzMin = 0;

    /// <summary>Highest RF frequency.</summary>
    public const double RfFrequencyMHzMax = 25;

    /// <summary>Lowest RF power.</summary>
    public const double RfPowerMwMin = 0;

    /// <summary>Highest RF power.</summary>
    public const double RfPowerMwMax = 1000;

    /// <summary>Fewest RF points.</summary>
    public const int RfPointsMin = 1;

    /// <summary>Most RF points.</summary>
    public const int RfPointsMax = 20;

    /// <summary>Fewest RF times ≤ 0 (the evaporation ramp needs at least two points).</summary>
    public const int RfRampTimesMin = 2;

    // ---- Optical barriers ----

    /// <summary>Fewest barriers in a non-null <c>optical_barriers</c> list.</summary>
    public const int BarriersMin = 1;

    /// <summary>Most barriers.</summary>
    public const int BarriersMax = 10;

    /// <summary>Earliest barrier time.</summary>
    public const double BarrierTimeMsMin = 0;

    /// <summary>Latest barrier time (also at most <c>end_time_ms</c>).</summary>
    public const double BarrierTimeMsMax = 200;

    /// <summary>Fewest points of one barrier.</summary>
    public const int BarrierPointsMin = 2;

    /// <summary>Most points of one barrier.</summary>
    public const int BarrierPointsMax = 20;

    /// <summary>Leftmost barrier position.</summary>
    public const double BarrierPositionUmMin = -60;

    /// <summary>Rightmost barrier position.</summary>
    public const double BarrierPositionUmMax = 60;

    /// <summary>Lowest barrier height.</summary>
    public const double BarrierHeightKHzMin = 0;

    /// <summary>Highest barrier height.</summary>
    public const double BarrierHeightKHzMax = 100;

    /// <summary>Narrowest barrier (the projector's minimum feature).</summary>
    public const double BarrierWidthUmMin = 0.5;

    /// <summary>
    /// Widest barrier. The schema meant <c>max_barrier_width</c> (50 µm) but bounds the width with
    /// <c>max_num_barrier_times</c> (20), so 20 is what the service enforces, and what we enforce.
    /// </summary>
    public const double BarrierWidthUmMax = 20;

    /// <summary>The only width allowed for a <see cref="BarrierShape.Native"/> barrier.</summary>
    public const double NativeBarrierWidthUm = 0.5;

    // ---- Optical landscape ----

    /// <summary>Fewest landscape snapshots.</summary>
    public const int LandscapesMin = 2;

    /// <summary>Most landscape snapshots.</summary>
    public const int LandscapesMax = 5;

    /// <summary>Earliest snapshot time.</summary>
    public const double LandscapeTimeMsMin = 0;

    /// <summary>Latest snapshot time (also at most <c>end_time_ms</c>).</summary>
    public const double LandscapeTimeMsMax = 200;

    /// <summary>Leftmost landscape position.</summary>
    public const double LandscapePositionUmMin = -60;

    /// <summary>Rightmost landscape position.</summary>
    public const double LandscapePositionUmMax = 60;

    /// <summary>Lowest landscape potential.</summary>
    public const double LandscapePotentialKHzMin = 0;

    /// <summary>Highest landscape potential.</summary>
    public const double LandscapePotentialKHzMax = 100;

    /// <summary>Fewest points of one snapshot.</summary>
    public const int LandscapePointsMin = 2;

    /// <summary>Most points of one snapshot (one per projector spot, −60..60 µm in 1 µm steps).</summary>
    public const int LandscapePointsMax = 121;

    // ---- Terminator laser ----

    /// <summary>The number of lasers when <c>lasers</c> is not null (the hardware has one terminator).</summary>
    public const int LaserCount = 1;

    /// <summary>The fixed terminator position.</summary>
    public const double TerminatorPositionUm = 30.0;

    /// <summary>The number of pulses of the terminator.</summary>
    public const int TerminatorPulseCount = 1;

    /// <summary>The number of times of the terminator pulse (on, off).</summary>
    public const int TerminatorPulseTimeCount = 2;

    /// <summary>Earliest pulse time.</summary>
    public const double LaserTimeMsMin = 0;

    /// <summary>Latest pulse time (also at most <c>end_time_ms</c>).</summary>
    public const double LaserTimeMsMax = 200;

    /// <summary>The only intensity allowed for the terminator (mW/cm², on and off).</summary>
    public const double TerminatorIntensity = 1;

    /// <summary>The only detuning allowed for the terminator.</summary>
    public const double TerminatorDetuningMHz = 0;

    // ---- Job ----

    /// <summary>Shortest job name.</summary>
    public const int JobNameLengthMin = 1;

    /// <summary>Longest job name.</summary>
    public const int JobNameLengthMax = 50;

    /// <summary>Fewest inputs (runs) of a job.</summary>
    public const int JobInputsMin = 1;

    /// <summary>Most inputs (runs) of a job.</summary>
    public const int JobInputsMax = 30;

    /// <summary>Longest notes of one input.</summary>
    public const int NotesLengthMax = 500;
}
