using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Reads a device object of Pulser's <c>device-schema.json</c> (a device's <c>to_abstract_repr()</c>, an entry of the
/// Pasqal service's <c>/api/v1/devices/specs</c>, or the <c>device</c> of a sequence) into a <see cref="Device"/>: every
/// field Pulser writes is read (channels, EOM, DMMs, layouts, limits); a field that is not Pulser's, a wrong type or a
/// device Pulser refuses (an SLM mask without a DMM) is an <see cref="AbstractReprException"/> naming the JSON path.
/// C6 comes from Pulser's table for <c>rydberg_level</c>; Pulser's <c>pulser_version</c> stamp and <c>$schema</c> are
/// accepted and not kept.
/// </summary>
internal static class DeviceJsonReader
{
    private static readonly string[] Required =
    [
        "channels", "dimensions", "is_virtual", "max_atom_num", "max_radial_distance", "min_atom_distance", "name",
        "reusable_channels", "rydberg_level", "supports_slm_mask", "version",
    ];

    private static readonly string[] Optional =
    [
        "$schema", "accepts_new_layouts", "default_noise_model", "dmm_objects", "interaction_coeff_xy", "max_layout_filling",
        "max_layout_traps", "max_runs", "max_sequence_duration", "min_layout_filling", "min_layout_traps",
        "optimal_layout_filling", "pre_calibrated_layouts", "pulser_version", "requires_layout",
    ];

    private static readonly string[] ChannelRequired =
    [
        "addressing", "basis", "clock_period", "eom_config", "fixed_retarget_t", "id", "max_abs_detuning", "max_amp",
        "max_duration", "max_targets", "min_duration", "min_retarget_interval", "mod_bandwidth",
    ];

    private static readonly string[] ChannelOptional = ["custom_phase_jump_time", "min_avg_amp", "propagation_dir"];

    private static readonly string[] DmmOptional =
        [.. ChannelOptional, "bottom_detuning", "min_avg_abs_detuning", "total_bottom_detuning"];

    private static readonly string[] EomRequired = ["controlled_beams", "intermediate_detuning", "limiting_beam", "max_limiting_amp", "mod_bandwidth"];

    private static readonly string[] EomOptional = ["blue_shift_coeff", "custom_buffer_time", "multiple_beam_control", "red_shift_coeff"];

    /// <summary>Parses <paramref name="json"/> as one device object.</summary>
    public static Device Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AbstractReprException("$", $"is not valid JSON: {e.Message}");
        }

        using (document)
        {
            return Read(document.RootElement, "$");
        }
    }

    /// <summary>Reads the device object <paramref name="e"/> found at <paramref name="path"/>.</summary>
    public static Device Read(JsonElement e, string path)
    {
        JsonRead.Keys(e, path, Required, Optional);
        string At(string field) => JsonRead.Join(path, field);
        var version = JsonRead.String(e.GetProperty("version"), At("version"));
        if (version != "1")
        {
            throw new AbstractReprException(At("version"), $"'{version}' is not a version this reader knows (\"1\")");
        }

        var name = JsonRead.String(e.GetProperty("name"), At("name"));
        var isVirtual = JsonRead.Boolean(e.GetProperty("is_virtual"), At("is_virtual"));
        var dimensions = JsonRead.Integer(e.GetProperty("dimensions"), At("dimensions"));
        if (dimensions is not (2 or 3))
        {
            throw new AbstractReprException(At("dimensions"), $"{dimensions} is not 2 or 3");
        }

        var level = JsonRead.Integer(e.GetProperty("rydberg_level"), At("rydberg_level"));
        var channels = JsonRead.Array(e.GetProperty("channels"), At("channels")).Select(x => Channel(x.Item, x.Path)).ToList();
        var dmms = e.TryGetProperty("dmm_objects", out var dmmJson)
            ? JsonRead.Array(dmmJson, At("dmm_objects")).Select(x => Dmm(x.Item, x.Path)).ToList()
            : [];
        foreach (var duplicate in channels.Select(c => c.Id).Concat(dmms.Select(d => d.Id)).GroupBy(id => id).Where(g => g.Count() > 1))
        {
            throw new AbstractReprException(At("channels"), $"channel id '{duplicate.Key}' appears more than once");
        }

        var supportsSlm = JsonRead.Boolean(e.GetProperty("supports_slm_mask"), At("supports_slm_mask"));
        if (supportsSlm && dmms.Count == 0)
        {
            // Pulser refuses such a device: "One DMM object should be defined to support SLM mask."
            throw new AbstractReprException(At("dmm_objects"), "is missing: a device with supports_slm_mask needs at least one DMM object (Pulser: \"One DMM object should be defined to support SLM mask.\")");
        }

        var layouts = Layouts(e, path, isVirtual);
        for (var i = 0; i < layouts.Count; i++)
        {
            if (layouts[i].Dimensions > dimensions)
            {
                throw new AbstractReprException(At($"pre_calibrated_layouts[{i}]"), $"is a {layouts[i].Dimensions}D layout but the device has {dimensions} dimensions");
            }
        }

        return new Device
        {
            Name = name,
            CloudDeviceType = DeviceCatalog.Default.TryGet(name, out var known) ? known.CloudDeviceType : null,
            Dimensions = dimensions,
            RydbergLevel = level,
            InteractionCoeff = C6Coefficients.ForLevel(level, At("rydberg_level")),
            InteractionCoeffXY = JsonRead.NullableNumber(e, "interaction_coeff_xy", path) ?? C3Coefficients.ForLevel(level, At("rydberg_level")),
            MaxAtomNum = (int)Limit(e, "max_atom_num", path, isVirtual, integer: true),
            MinAtomDistanceUm = JsonRead.Number(e.GetProperty("min_atom_distance"), At("min_atom_distance")),
            MaxRadialDistanceUm = Limit(e, "max_radial_distance", path, isVirtual, integer: false),
            MaxSequenceDurationNs = OptionalInt(e, "max_sequence_duration", path) ?? 0,
            MaxRuns = OptionalInt(e, "max_runs", path) ?? 0,
            RequiresLayout = OptionalBool(e, "requires_layout", path) ?? !isVirtual,
            AcceptsNewLayouts = OptionalBool(e, "accepts_new_layouts", path) ?? true,
            MinLayoutFilling = JsonRead.NullableNumber(e, "min_layout_filling", path) ?? 0,
            MaxLayoutFilling = JsonRead.NullableNumber(e, "max_layout_filling", path) ?? 0.5,
            OptimalLayoutFilling = JsonRead.NullableNumber(e, "optimal_layout_filling", path) ?? 0,
            MinLayoutTraps = OptionalInt(e, "min_layout_traps", path) ?? 1,
            MaxLayoutTraps = OptionalInt(e, "max_layout_traps", path) ?? 0,
            IsVirtual = isVirtual,
            SupportsSlmMask = supportsSlm,
            ReusableChannels = JsonRead.Boolean(e.GetProperty("reusable_channels"), At("reusable_channels")),
            Channels = channels,
            DmmChannels = dmms,
            PreCalibratedLayouts = layouts,
            DefaultNoiseModelJson = e.TryGetProperty("default_noise_model", out var noise) && noise.ValueKind != JsonValueKind.Null
                ? noise.GetRawText()
                : null,
        };
    }

    private static List<RegisterLayout> Layouts(JsonElement e, string path, bool isVirtual)
    {
        var at = JsonRead.Join(path, "pre_calibrated_layouts");
        if (!e.TryGetProperty("pre_calibrated_layouts", out var list))
        {
            return isVirtual ? [] : throw new AbstractReprException(at, "required field is missing (physical device)");
        }

        var layouts = JsonRead.Array(list, at).Select(x => Layout(x.Item, x.Path)).ToList();
        return isVirtual && layouts.Count > 0
            ? throw new AbstractReprException(at, "a virtual device has no pre-calibrated layouts")
            : layouts;
    }

    /// <summary>
    /// Reads a trap layout of Pulser's <c>layout-schema.json</c>: 2D (x, y) or 3D (x, y, z) traps, every trap with the
    /// same number of coordinates, numbered after sorting as Pulser numbers them. <paramref name="optional"/> names the
    /// fields accepted besides <c>coordinates</c> and <c>slug</c> (a sequence's layout may carry <c>pulser_version</c>).
    /// </summary>
    public static RegisterLayout Layout(JsonElement e, string path, params string[] optional)
    {
        JsonRead.Keys(e, path, ["coordinates"], ["slug", .. optional]);
        var at = JsonRead.Join(path, "coordinates");
        var traps = JsonRead.Array(e.GetProperty("coordinates"), at)
            .Select(p => (p.Path, C: JsonRead.Array(p.Item, p.Path).Select(c => JsonRead.Number(c.Item, c.Path)).ToList()))
            .ToList();
        if (traps.Count == 0)
        {
            throw new AbstractReprException(at, "is empty: a layout has at least one trap");
        }

        var dimensions = traps[0].C.Count;
        foreach (var (trapPath, c) in traps.Where(t => t.C.Count is not (2 or 3) || t.C.Count != dimensions))
        {
            throw new AbstractReprException(trapPath, c.Count is 2 or 3
                ? $"has {c.Count} coordinates but the first trap has {dimensions}: every trap of a layout has the same number"
                : $"has {c.Count} coordinates: a trap has 2 (x, y) or 3 (x, y, z)");
        }

        var slug = e.TryGetProperty("slug", out var s) && s.ValueKind != JsonValueKind.Null ? JsonRead.String(s, JsonRead.Join(path, "slug")) : null;
        return new RegisterLayout(traps.Select(t => (t.C[0], t.C[1], dimensions == 3 ? t.C[2] : 0.0)), dimensions, slug);
    }

    private static DeviceChannel Channel(JsonElement c, string path)
    {
        JsonRead.Keys(c, path, ChannelRequired, ChannelOptional);
        var (id, basis, addressing) = Identity(c, path);
        var isLocal = addressing == "Local";
        EomConfig? eom = null;
        if (c.GetProperty("eom_config") is { ValueKind: not JsonValueKind.Null } eomJson)
        {
            eom = basis == Basis.GroundRydberg
                ? Eom(eomJson, JsonRead.Join(path, "eom_config"))
                : throw new AbstractReprException(JsonRead.Join(path, "eom_config"), $"only a ground-rydberg channel has an EOM, not a {basis.ToWire()} one");
        }

        return new DeviceChannel(
            id,
            basis,
            isLocal,
            JsonRead.NullableNumber(c, "max_amp", path) ?? 0,
            JsonRead.NullableNumber(c, "max_abs_detuning", path) ?? 0,
            JsonRead.NullableNumber(c, "min_avg_amp", path) ?? 0,
            OptionalInt(c, "clock_period", path) ?? 1,
            OptionalInt(c, "min_duration", path) ?? 1,
            OptionalInt(c, "max_duration", path) ?? 0,
            JsonRead.NullableNumber(c, "mod_bandwidth", path) ?? 0,
            OptionalInt(c, "min_retarget_interval", path) ?? 0,
            OptionalInt(c, "fixed_retarget_t", path) ?? 0,
            OptionalInt(c, "max_targets", path) ?? 0)
        {
            CustomPhaseJumpTimeNs = OptionalInt(c, "custom_phase_jump_time", path),
            Eom = eom,
            PropagationDirection = Direction(c, path),
        };
    }

    private static DmmChannel Dmm(JsonElement c, string path)
    {
        JsonRead.Keys(c, path, ChannelRequired, DmmOptional);
        var (id, basis, addressing) = Identity(c, path);
        Expect(basis == Basis.GroundRydberg, path, "basis", $"'{basis.ToWire()}': a DMM acts on ground-rydberg");
        Expect(addressing == "Global", path, "addressing", $"'{addressing}': a DMM is Global");
        Expect(JsonRead.NullableNumber(c, "max_amp", path) is 0, path, "max_amp", "must be 0: a DMM has no amplitude");
        Expect(c.GetProperty("max_abs_detuning").ValueKind == JsonValueKind.Null, path, "max_abs_detuning", "must be null: a DMM's limit is bottom_detuning");
        Expect(c.GetProperty("eom_config").ValueKind == JsonValueKind.Null, path, "eom_config", "must be null: a DMM has no EOM");
        foreach (var field in new[] { "min_retarget_interval", "fixed_retarget_t", "max_targets" })
        {
            Expect(c.GetProperty(field).ValueKind == JsonValueKind.Null, path, field, "must be null: a DMM is not retargeted");
        }

        var bottom = JsonRead.NullableNumber(c, "bottom_detuning", path);
        var total = JsonRead.NullableNumber(c, "total_bottom_detuning", path);
        Expect(bottom is null or <= 0, path, "bottom_detuning", "must be zero or negative");
        Expect(total is null or <= 0, path, "total_bottom_detuning", "must be zero or negative");
        return new DmmChannel(
            id,
            bottom,
            total,
            JsonRead.NullableNumber(c, "min_avg_abs_detuning", path) ?? 0,
            OptionalInt(c, "clock_period", path) ?? 1,
            OptionalInt(c, "min_duration", path) ?? 1,
            OptionalInt(c, "max_duration", path) ?? 0,
            JsonRead.NullableNumber(c, "mod_bandwidth", path) ?? 0);
    }

    private static EomConfig Eom(JsonElement e, string path)
    {
        JsonRead.Keys(e, path, EomRequired, EomOptional);
        var controlled = JsonRead.Array(e.GetProperty("controlled_beams"), JsonRead.Join(path, "controlled_beams")).Select(b => Beam(b.Item, b.Path)).ToList();
        if (controlled.Count == 0)
        {
            throw new AbstractReprException(JsonRead.Join(path, "controlled_beams"), "is empty: an EOM controls at least one beam");
        }

        return new EomConfig(
            Beam(e.GetProperty("limiting_beam"), JsonRead.Join(path, "limiting_beam")),
            JsonRead.Number(e.GetProperty("max_limiting_amp"), JsonRead.Join(path, "max_limiting_amp")),
            JsonRead.Number(e.GetProperty("intermediate_detuning"), JsonRead.Join(path, "intermediate_detuning")),
            controlled,
            JsonRead.Number(e.GetProperty("mod_bandwidth"), JsonRead.Join(path, "mod_bandwidth")),
            OptionalInt(e, "custom_buffer_time", path))
        {
            MultipleBeamControl = OptionalBool(e, "multiple_beam_control", path) ?? true,
            BlueShiftCoeff = JsonRead.NullableNumber(e, "blue_shift_coeff", path) ?? 1.0,
            RedShiftCoeff = JsonRead.NullableNumber(e, "red_shift_coeff", path) ?? 1.0,
        };
    }

    private static RydbergBeam Beam(JsonElement e, string path)
    {
        var text = JsonRead.String(e, path);
        return RydbergBeamNames.TryParse(text, out var beam) ? beam : throw new AbstractReprException(path, $"'{text}' is not a beam (RED or BLUE)");
    }

    private static (string Id, Basis Basis, string Addressing) Identity(JsonElement c, string path)
    {
        var id = JsonRead.String(c.GetProperty("id"), JsonRead.Join(path, "id"));
        var basisText = JsonRead.String(c.GetProperty("basis"), JsonRead.Join(path, "basis"));
        if (!BasisNames.TryParse(basisText, out var basis))
        {
            throw new AbstractReprException(JsonRead.Join(path, "basis"), $"'{basisText}' is not a basis (ground-rydberg, digital, XY)");
        }

        var addressing = JsonRead.String(c.GetProperty("addressing"), JsonRead.Join(path, "addressing"));
        return addressing is "Global" or "Local"
            ? (id, basis, addressing)
            : throw new AbstractReprException(JsonRead.Join(path, "addressing"), $"'{addressing}' is not Global or Local");
    }

    private static (double X, double Y, double Z)? Direction(JsonElement c, string path)
    {
        if (!c.TryGetProperty("propagation_dir", out var dir) || dir.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var at = JsonRead.Join(path, "propagation_dir");
        var xyz = JsonRead.Array(dir, at).Select(x => JsonRead.Number(x.Item, x.Path)).ToList();
        return xyz.Count == 3 ? (xyz[0], xyz[1], xyz[2]) : throw new AbstractReprException(at, $"has {xyz.Count} components (3: x, y, z)");
    }

    /// <summary>A limit every physical device has and a virtual one may leave null (then 0: no limit).</summary>
    private static double Limit(JsonElement e, string field, string path, bool isVirtual, bool integer)
    {
        var value = e.GetProperty(field);
        var at = JsonRead.Join(path, field);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return isVirtual ? 0 : throw new AbstractReprException(at, "is null: a physical device must give it");
        }

        return integer ? JsonRead.Integer(value, at) : JsonRead.Number(value, at);
    }

    private static int? OptionalInt(JsonElement e, string field, string path) =>
        e.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? JsonRead.Integer(v, JsonRead.Join(path, field)) : null;

    private static bool? OptionalBool(JsonElement e, string field, string path) =>
        e.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? JsonRead.Boolean(v, JsonRead.Join(path, field)) : null;

    private static void Expect(bool condition, string path, string field, string reason)
    {
        if (!condition)
        {
            throw new AbstractReprException(JsonRead.Join(path, field), reason);
        }
    }
}
