using System.Text.Json.Nodes;

namespace QuantumDsl.Testing;

/// <summary>Oqtant job bodies (the client's BEC fixture, oqtant.md §4), linked into every test project.</summary>
internal static class MatterJobs
{
    /// <summary>One run's values: the default evaporation ramp, imaged after <paramref name="tof"/> ms of flight.</summary>
    public static JsonObject Values(double tof = 8.0) => new()
    {
        ["time_of_flight_ms"] = tof,
        ["image_type"] = "TIME_OF_FLIGHT",
        ["end_time_ms"] = 0.0,
        ["rf_evaporation"] = new JsonObject
        {
            ["frequencies_mhz"] = new JsonArray(17.0, 8.0, 4.0, 1.2, 0.045),
            ["powers_mw"] = new JsonArray(500.0, 500.0, 475.0, 360.0, 220.0),
            ["interpolation"] = "LINEAR",
            ["times_ms"] = new JsonArray(-1600, -1200, -800, -400, 0),
        },
        ["optical_barriers"] = null,
        ["optical_landscape"] = null,
        ["lasers"] = null,
    };

    public static JsonObject Bec(string name = "bec scan", int inputs = 1, string? notes = null) => new()
    {
        ["name"] = name,
        ["job_type"] = "BEC",
        ["input_count"] = inputs,
        ["inputs"] = new JsonArray([.. Enumerable.Range(1, inputs).Select(run => (JsonNode)new JsonObject
        {
            ["job_id"] = null,
            ["run"] = run,
            ["values"] = Values(tof: 6 + run * 0.5),
            ["output"] = null,
            ["notes"] = notes,
        })]),
    };
}

/// <summary>A BARRIER job imaged in trap (the client's barrier fixture: two Gaussian barriers at ±10 µm).</summary>
internal static class BarrierJobs
{
    public static JsonObject InTrap()
    {
        var values = MatterJobs.Values(tof: 7.0);
        values["image_type"] = "IN_TRAP";
        values["end_time_ms"] = 20.0;
        JsonObject Barrier(double position, double height) => new()
        {
            ["times_ms"] = new JsonArray([.. Enumerable.Range(0, 11).Select(t => (JsonNode)(double)t)]),
            ["positions_um"] = new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)position)]),
            ["heights_khz"] = new JsonArray([.. Enumerable.Range(0, 11).Select(t => (JsonNode)(height * t / 10))]),
            ["widths_um"] = new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)1.0)]),
            ["interpolation"] = "OFF",
            ["shape"] = "GAUSSIAN",
        };
        values["optical_barriers"] = new JsonArray(Barrier(-10, 25), Barrier(10, 40));
        return new JsonObject
        {
            ["name"] = "barrier",
            ["job_type"] = "BARRIER",
            ["input_count"] = 1,
            ["inputs"] = new JsonArray(new JsonObject { ["values"] = values, ["notes"] = null }),
        };
    }
}
