using System.Text.Json;
using QuantumDsl.Matter;

namespace QuantumDsl.Export;

/// <summary>
/// Matter (Oqtant) results as a <see cref="ResultTable"/>, one row per point or run: <c>point</c>, one column per
/// parameter (<c>final_rf [MHz]</c>, …), <c>job_id</c>, <c>run</c>, <c>output</c> (<c>time_of_flight</c> or
/// <c>in_trap</c>), <c>failure</c>, then the time-of-flight numbers under Oqtant's wire names: <c>temperature_nk</c>,
/// <c>temperature_is_lower_bound</c>, <c>temperature_is_upper_bound</c>, <c>total_mot_atom_number</c>,
/// <c>tof_atom_number</c>, <c>thermal_atom_number</c>, <c>condensed_atom_number</c>, <c>condensed_fraction</c>.
/// Images are not tabulated: they stay in the outputs (and in job files).
/// </summary>
public static class MatterResultTable
{
    /// <summary>The <c>output</c> value of a time-of-flight output (<see cref="NonPlotOutput"/>).</summary>
    public const string TimeOfFlight = "time_of_flight";

    /// <summary>The <c>output</c> value of an in-trap output (<see cref="PlotOutput"/>).</summary>
    public const string InTrap = "in_trap";

    /// <summary>The table of <paramref name="rows"/>; parameter columns follow the first row's parameters.</summary>
    /// <exception cref="ArgumentException">A row's parameters differ from the first row's (names the row and the parameters).</exception>
    public static ResultTable Create(IReadOnlyList<MatterResultRow> rows, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var parameters = ParameterColumns.Create(rows.Select(r => r.Parameters).ToList());
        var tof = rows.Select(r => r.Output as NonPlotOutput).ToList();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal) { ["quantumdsl.kind"] = "matter" };
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            meta[key] = value;
        }

        return new ResultTable(
        [
            ResultColumn.Int64("point", rows.Select(r => (long?)r.Point), description: "index of the point in the sweep, from 0"),
            .. parameters,
            ResultColumn.String("job_id", rows.Select(r => r.JobId), description: "Oqtant job external id"),
            ResultColumn.Int64("run", rows.Select(r => (long?)r.Run), description: "run (input) within the job, from 1"),
            ResultColumn.String("output", rows.Select(r => OutputKind(r.Output)), description: "time_of_flight or in_trap; empty without an output"),
            ResultColumn.String("failure", rows.Select(r => r.Failure), description: "why the point has no output; empty when it has one"),
            ResultColumn.Int64("temperature_nk", tof.Select(t => (long?)t?.TemperatureNk), description: "temperature in nK from the bimodal fit"),
            ResultColumn.Boolean("temperature_is_lower_bound", tof.Select(t => t?.TemperatureIsLowerBound),
                description: "the fit's thermal width sits at its upper bound: the cloud is hotter than temperature_nk"),
            ResultColumn.Boolean("temperature_is_upper_bound", tof.Select(t => t?.TemperatureIsUpperBound),
                description: "the fit's thermal width sits at its lower bound: the cloud is colder than temperature_nk"),
            ResultColumn.Int64("total_mot_atom_number", tof.Select(t => (long?)t?.TotalMotAtomNumber), description: "atoms in the MOT"),
            ResultColumn.Int64("tof_atom_number", tof.Select(t => (long?)t?.TofAtomNumber), description: "atoms in the time-of-flight image"),
            ResultColumn.Int64("thermal_atom_number", tof.Select(t => (long?)t?.ThermalAtomNumber), description: "thermal atoms (Gaussian part of the fit)"),
            ResultColumn.Int64("condensed_atom_number", tof.Select(t => (long?)t?.CondensedAtomNumber), description: "condensed atoms (Thomas-Fermi part of the fit)"),
            ResultColumn.Double("condensed_fraction", tof.Select(t => t?.CondensedFraction), description: "condensed / (condensed + thermal), 3 decimals"),
        ], meta);
    }

    /// <summary>
    /// The table of downloaded jobs, one row per run: the input columns are <c>time_of_flight [ms]</c>,
    /// <c>rf_final_frequency [MHz]</c> (the last point of the RF evaporation ramp) and <c>lifetime [ms]</c>
    /// (<c>end_time_ms</c>); <c>point</c> is empty. A run without an output says why in <c>failure</c>.
    /// </summary>
    public static ResultTable FromJobs(IEnumerable<OqtantJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var rows = jobs.SelectMany(job => job.Inputs.Select(input => new MatterResultRow(
            null, InputParameters(input.Values), job.ExternalId, input.Run, input.Output?.Values,
            input.Output is null ? "no output: job status " + WireEnum<JobStatus>.Name(job.Status) : null))).ToList();
        return Create(rows);
    }

    /// <summary>A run's input values as parameter values (time of flight, final RF frequency, lifetime).</summary>
    public static IReadOnlyList<ParamValue> InputParameters(InputValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return
        [
            new ParamValue(Input("TimeOfFlight", "time_of_flight", "ms"), values.TimeOfFlightMs),
            new ParamValue(Input("RfFinalFrequency", "rf_final_frequency", "MHz"), values.RfEvaporation.FrequenciesMHz is [.., var last] ? last : double.NaN),
            new ParamValue(Input("Lifetime", "lifetime", "ms"), values.EndTimeMs),
        ];
    }

    private static ParamInfo Input(string name, string wireName, string unit) =>
        new(name, wireName, unit, double.NegativeInfinity, double.PositiveInfinity);

    private static string? OutputKind(OutputValues? output) => output switch
    {
        NonPlotOutput => TimeOfFlight,
        PlotOutput => InTrap,
        _ => null,
    };
}
