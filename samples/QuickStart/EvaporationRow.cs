using QuantumDsl;
using QuantumDsl.Matter;

namespace QuickStart;

/// <summary>
/// One row of the results table: a sweep point (every <c>[Param]</c> with its value, and the time of flight of its
/// image) and what the time-of-flight image and its bimodal fit say. <see cref="TemperatureIsLowerBound"/> and
/// <see cref="TemperatureIsUpperBound"/> are the output's own flags (<see cref="NonPlotOutput.TemperatureIsLowerBound"/>,
/// <see cref="NonPlotOutput.TemperatureIsUpperBound"/>): the fit's thermal width sits at its upper or lower bound, so
/// <see cref="TemperatureNk"/> is not a measurement.
/// </summary>
public sealed record EvaporationRow(
    IReadOnlyList<ParamValue> Parameters, double TimeOfFlightMs, int TemperatureNk, int MotAtoms, int TofAtoms, int ThermalAtoms,
    int CondensedAtoms, double CondensedFraction, Image TofImage, bool TemperatureIsLowerBound, bool TemperatureIsUpperBound)
{
    /// <summary>The row of a finished point, or null when the point failed or is not a time-of-flight output.</summary>
    public static EvaporationRow? From(PointResult<EvaporationScan, MatterPointOutput> point) =>
        point?.Output?.Values is NonPlotOutput tof
            ? new EvaporationRow(point.Point.ParameterValues, point.Point.ToInput().Values.TimeOfFlightMs, tof.TemperatureNk,
                tof.TotalMotAtomNumber, tof.TofAtomNumber, tof.ThermalAtomNumber, tof.CondensedAtomNumber, tof.CondensedFraction,
                tof.TofImage, tof.TemperatureIsLowerBound, tof.TemperatureIsUpperBound)
            : null;
}
