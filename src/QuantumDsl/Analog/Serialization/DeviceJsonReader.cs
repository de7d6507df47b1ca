using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Reads a device object of Pulser's <c>device-schema.json</c> (as embedded in a sequence) into a <see cref="Device"/>
/// with what scheduling and validation use; the object itself is kept and written back unchanged. C6 comes from
/// Pulser's table for the <c>rydberg_level</c>.
/// </summary>
internal static class DeviceJsonReader
{
    private static readonly string[] Required =
    [
        "channels", "dimensions", "interaction_coeff_xy", "is_virtual", "max_atom_num", "max_layout_filling",
        "max_radial_distance", "min_atom_distance", "name", "reusable_channels", "rydberg_level", "supports_slm_mask", "version",
    ];

    private static readonly string[] Optional =
    [
        "$schema", "accepts_new_layouts", "default_noise_model", "dmm_objects", "max_layout_traps", "max_runs",
        "max_sequence_duration", "min_layout_filling", "min_layout_traps", "optimal_layout_filling", "pulser_version",
        "requires_layout", "pre_calibrated_layouts",
    ];

    private static readonly string[] ChannelRequired =
    [
        "addressing", "basis", "clock_period", "eom_config", "fixed_retarget_t", "id", "max_abs_detuning", "max_amp",
        "max_duration", "max_targets", "min_duration", "min_retarget_interval", "mod_bandwidth",
    ];

    private static readonly string[] ChannelOptional = ["custom_phase_jump_time", "min_avg_amp", "propagation_dir"];

    public static Device Read(JsonElement e, string path)
    {
        JsonRead.Keys(e, path, Required, Optional);
        var name = JsonRead.String(JsonRead.Get(e, "name", path), JsonRead.Join(path, "name"));
        var isVirtual = JsonRead.Boolean(JsonRead.Get(e, "is_virtual", path), JsonRead.Join(path, "is_virtual"));
        if (!isVirtual && !e.TryGetProperty("pre_calibrated_layouts", out _))
        {
            throw new AbstractReprException(JsonRead.Join(path, "pre_calibrated_layouts"), "required field is missing (physical device)");
        }

        var level = JsonRead.Integer(JsonRead.Get(e, "rydberg_level", path), JsonRead.Join(path, "rydberg_level"));
        var channels = JsonRead.Array(JsonRead.Get(e, "channels", path), JsonRead.Join(path, "channels")).Select(x => Channel(x.Item, x.Path)).ToList();
        foreach (var duplicate in channels.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            throw new AbstractReprException(JsonRead.Join(path, "channels"), $"channel id '{duplicate.Key}' appears more than once");
        }

        int Int(string field) => (int)Math.Min(int.MaxValue, JsonRead.NullableNumber(e, field, path) ?? 0);
        double Num(string field, double fallback = 0) => JsonRead.NullableNumber(e, field, path) ?? fallback;
        return new Device
        {
            Name = name,
            CloudDeviceType = DeviceCatalog.Default.TryGet(name, out var known) ? known.CloudDeviceType : null,
            Dimensions = JsonRead.Integer(JsonRead.Get(e, "dimensions", path), JsonRead.Join(path, "dimensions")),
            RydbergLevel = level,
            InteractionCoeff = C6Coefficients.ForLevel(level, JsonRead.Join(path, "rydberg_level")),
            InteractionCoeffXY = Num("interaction_coeff_xy"),
            MaxAtomNum = Int("max_atom_num"),
            MinAtomDistanceUm = Num("min_atom_distance"),
            MaxRadialDistanceUm = Num("max_radial_distance"),
            MaxSequenceDurationNs = Int("max_sequence_duration"),
            MaxRuns = Int("max_runs"),
            RequiresLayout = e.TryGetProperty("requires_layout", out var rl) && JsonRead.Boolean(rl, JsonRead.Join(path, "requires_layout")),
            AcceptsNewLayouts = !e.TryGetProperty("accepts_new_layouts", out var anl) || JsonRead.Boolean(anl, JsonRead.Join(path, "accepts_new_layouts")),
            MaxLayoutFilling = Num("max_layout_filling", 0.5),
            OptimalLayoutFilling = Num("optimal_layout_filling"),
            MinLayoutTraps = Math.Max(1, Int("min_layout_traps")),
            MaxLayoutTraps = Int("max_layout_traps"),
            IsVirtual = isVirtual,
            SupportsSlmMask = JsonRead.Boolean(JsonRead.Get(e, "supports_slm_mask", path), JsonRead.Join(path, "supports_slm_mask")),
            Channels = channels,
        };
    }

    private static DeviceChannel Channel(JsonElement c, string path)
    {
        JsonRead.Keys(c, path, ChannelRequired, ChannelOptional);
        var id = JsonRead.String(JsonRead.Get(c, "id", path), JsonRead.Join(path, "id"));
        var basisText = JsonRead.String(JsonRead.Get(c, "basis", path), JsonRead.Join(path, "basis"));
        if (!BasisNames.TryParse(basisText, out var basis))
        {
            throw new AbstractReprException(JsonRead.Join(path, "basis"), $"'{basisText}' is not a basis (ground-rydberg, digital, XY)");
        }

        var addressing = JsonRead.String(JsonRead.Get(c, "addressing", path), JsonRead.Join(path, "addressing"));
        if (addressing is not ("Global" or "Local"))
        {
            throw new AbstractReprException(JsonRead.Join(path, "addressing"), $"'{addressing}' is not Global or Local");
        }

        double Num(string field) => JsonRead.NullableNumber(c, field, path) ?? 0;
        int Int(string field) => (int)Math.Min(int.MaxValue, Num(field));
        var phaseJump = JsonRead.NullableNumber(c, "custom_phase_jump_time", path);
        return new DeviceChannel(id, basis, addressing == "Local", Num("max_amp"), Num("max_abs_detuning"), Num("min_avg_amp"),
            Int("clock_period"), Int("min_duration"), Int("max_duration"), Num("mod_bandwidth"), Int("min_retarget_interval"),
            Int("fixed_retarget_t"), Int("max_targets"))
        {
            CustomPhaseJumpTimeNs = phaseJump is { } p ? (int)p : null,
        };
    }
}
