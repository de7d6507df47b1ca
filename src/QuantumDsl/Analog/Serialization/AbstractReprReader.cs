using System.Globalization;
using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Reads Pulser's abstract representation (<c>sequence-schema.json</c>, version 1) into an <see cref="AnalogSequence"/>:
/// device (catalog name or embedded object), register (2D, 3D or mappable on a layout), channels, variables (float or
/// int arrays), every operation and waveform kind of the schema. Strict: an unknown field, kind or operation is an error
/// naming its JSON path; operations QuantumDsl does not schedule (truncate) are kept as
/// <see cref="UnscheduledOperation"/>.
/// </summary>
internal static class AbstractReprReader
{
    private static readonly string[] Required = ["channels", "device", "measurement", "name", "operations", "register", "variables", "version"];
    private static readonly string[] Optional = ["$schema", "layout", "magnetic_field", "metadata", "pulser_version", "slm_mask_targets"];
    private static readonly string[] Extra = ["$schema", "magnetic_field", "metadata", "pulser_version"];

    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Unscheduled = new()
    {
        ["truncate"] = (["op", "duration"], []),
    };

    public static AnalogSequence Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AbstractReprException("$", $"is not valid JSON: {e.Message}");
        }

        using (doc)
        {
            return Read(doc.RootElement);
        }
    }

    private static AnalogSequence Read(JsonElement root)
    {
        JsonRead.Keys(root, "$", Required, Optional);
        var version = JsonRead.String(root.GetProperty("version"), "version");
        if (version != "1")
        {
            throw new AbstractReprException("version", $"'{version}' is not supported (expected \"1\")");
        }

        var name = JsonRead.String(root.GetProperty("name"), "name");
        var deviceJson = root.GetProperty("device");
        Device device;
        string? rawDevice = null;
        if (deviceJson.ValueKind == JsonValueKind.String)
        {
            var deviceName = deviceJson.GetString()!;
            device = DeviceCatalog.Default.TryGet(deviceName, out var known)
                ? known
                : throw new AbstractReprException("device", $"'{deviceName}' is not a known device (known: {string.Join(", ", DeviceCatalog.Default.Names)}); embed the device object instead");
        }
        else
        {
            device = DeviceJsonReader.Read(deviceJson, "device");
            rawDevice = deviceJson.GetRawText();
        }

        RegisterLayout? layout = null;
        string? rawLayout = null;
        if (root.TryGetProperty("layout", out var layoutJson))
        {
            layout = DeviceJsonReader.Layout(layoutJson, "layout", "pulser_version");
            rawLayout = layoutJson.GetRawText();
        }

        var (register, defaults) = ReadRegister(root.GetProperty("register"), layout);
        var channels = ReadChannels(root.GetProperty("channels"), device);
        var variables = ReadVariables(root.GetProperty("variables"));
        var expr = new ExprReader(variables.ToDictionary(v => v.Name, StringComparer.Ordinal));
        var waveforms = new WaveformReader(expr);
        var ids = register.Atoms.Select(a => a.Id).ToList();
        var dmmNames = new List<string>();
        var slmTargets = ReadSlmMaskTargets(root, ids, channels, dmmNames);
        var operations = JsonRead.Array(root.GetProperty("operations"), "operations")
            .Select(x => ReadOperation(x.Item, x.Path, expr, waveforms, ids, channels, dmmNames))
            .ToList();
        Basis? measurement = null;
        var m = root.GetProperty("measurement");
        if (m.ValueKind != JsonValueKind.Null)
        {
            var basis = JsonRead.String(m, "measurement");
            measurement = BasisNames.TryParse(basis, out var b) ? b : throw new AbstractReprException("measurement", $"'{basis}' is not a basis (ground-rydberg, digital, XY) or null");
        }

        var extra = Extra.Where(k => root.TryGetProperty(k, out _)).Select(k => KeyValuePair.Create(k, root.GetProperty(k).GetRawText())).ToList();
        return new AnalogSequence(name, device, register, variables, channels, operations, measurement, layout)
        {
            DeviceJson = rawDevice,
            DeviceByName = rawDevice is null,
            LayoutJson = rawLayout,
            MappableDefaultTraps = defaults,
            ExtraFields = extra,
            SlmMaskTargets = slmTargets,
        };
    }

    /// <summary>
    /// The top-level <c>slm_mask_targets</c>: qubit ids of the register. In an Ising sequence Pulser configures
    /// <c>dmm_0</c> for it before the operations, so that DMM's name is taken.
    /// </summary>
    private static List<string>? ReadSlmMaskTargets(JsonElement root, List<string> ids, List<DeclaredChannel> channels, List<string> dmmNames)
    {
        if (!root.TryGetProperty("slm_mask_targets", out var e))
        {
            return null;
        }

        var targets = JsonRead.Array(e, "slm_mask_targets").Select(x =>
        {
            var q = JsonRead.String(x.Item, x.Path);
            return ids.Contains(q) ? q : throw new AbstractReprException(x.Path, $"'{q}' is not a qubit id of the register ({string.Join(", ", ids)})");
        }).ToList();
        if (channels.Count > 0 && channels.All(c => c.Channel.Basis != Basis.XY))
        {
            dmmNames.Add("dmm_0");
        }

        return targets;
    }

    private static (Register Register, IReadOnlyList<int?>? Defaults) ReadRegister(JsonElement e, RegisterLayout? layout)
    {
        var atoms = JsonRead.Array(e, "register").ToList();
        if (atoms.Count == 0)
        {
            throw new AbstractReprException("register", "is empty: a register needs at least one qubit");
        }

        var first = atoms[0].Item;
        if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("qid", out _))
        {
            if (layout is null)
            {
                throw new AbstractReprException("layout", "is required: a mappable register places its qubits on a layout");
            }

            var ids = new List<string>();
            var defaults = new List<int?>();
            foreach (var (item, path) in atoms)
            {
                JsonRead.Keys(item, path, ["qid"], ["default_trap"]);
                ids.Add(JsonRead.String(item.GetProperty("qid"), path + ".qid"));
                defaults.Add(item.TryGetProperty("default_trap", out var t) ? JsonRead.Integer(t, path + ".default_trap") : null);
            }

            CheckUnique(ids);
            return (Register.FromAtoms(ids.Select(id => new Atom(id, 0, 0)).ToList(), layout.Dimensions), defaults);
        }

        var is3D = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("z", out _);
        string[] keys = is3D ? ["name", "x", "y", "z"] : ["name", "x", "y"];
        var list = atoms.Select(a =>
        {
            JsonRead.Keys(a.Item, a.Path, keys, []);
            return new Atom(
                JsonRead.String(a.Item.GetProperty("name"), a.Path + ".name"),
                JsonRead.Number(a.Item.GetProperty("x"), a.Path + ".x"),
                JsonRead.Number(a.Item.GetProperty("y"), a.Path + ".y"),
                is3D ? JsonRead.Number(a.Item.GetProperty("z"), a.Path + ".z") : 0);
        }).ToList();
        CheckUnique(list.Select(a => a.Id).ToList());
        return (Register.FromAtoms(list, is3D ? 3 : 2), null);
    }

    private static void CheckUnique(List<string> ids)
    {
        foreach (var duplicate in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new AbstractReprException("register", $"qubit id '{duplicate.Key}' is used more than once");
        }
    }

    private static List<DeclaredChannel> ReadChannels(JsonElement e, Device device)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new AbstractReprException("channels", $"expected an object {{name: channel id}}, got {JsonRead.Kind(e)}");
        }

        var channels = new List<DeclaredChannel>();
        foreach (var p in e.EnumerateObject())
        {
            var path = "channels." + p.Name;
            var id = JsonRead.String(p.Value, path);
            var channel = device.FindChannel(id) ?? throw new AbstractReprException(path, $"'{id}' is not a channel of {device.Name} ({string.Join(", ", device.Channels.Select(c => c.Id))})");
            channels.Add(new DeclaredChannel(p.Name, channel));
        }

        return channels;
    }

    private static List<Variable> ReadVariables(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new AbstractReprException("variables", $"expected an object {{name: variable}}, got {JsonRead.Kind(e)}");
        }

        var variables = new List<Variable>();
        foreach (var p in e.EnumerateObject())
        {
            var path = "variables." + p.Name;
            JsonRead.Keys(p.Value, path, ["type", "value"], []);
            var type = JsonRead.String(p.Value.GetProperty("type"), path + ".type") switch
            {
                "float" => VariableType.Float,
                "int" => VariableType.Int,
                var other => throw new AbstractReprException(path + ".type", $"'{other}' is not a variable type (float, int)"),
            };
            var values = JsonRead.Array(p.Value.GetProperty("value"), path + ".value").Select(x => JsonRead.Number(x.Item, x.Path)).ToList();
            if (values.Count == 0)
            {
                throw new AbstractReprException(path + ".value", "is empty: its length is the variable's size (at least 1)");
            }

            try
            {
                variables.Add(Variable.Array(p.Name, type, values));
            }
            catch (ArgumentException ex)
            {
                throw new AbstractReprException(path, ex.Message);
            }
        }

        return variables;
    }

    private static SequenceOperation ReadOperation(JsonElement e, string path, ExprReader expr, WaveformReader waveforms, List<string> ids, List<DeclaredChannel> channels, List<string> dmmNames)
    {
        var op = JsonRead.String(JsonRead.Get(e, "op", path), path + ".op");
        string ChannelName(string field)
        {
            var name = JsonRead.String(JsonRead.Get(e, field, path), $"{path}.{field}");
            return channels.Any(c => c.Name == name) || dmmNames.Contains(name)
                ? name
                : throw new AbstractReprException($"{path}.{field}", $"'{name}' is not a declared channel ({string.Join(", ", channels.Select(c => c.Name))})");
        }

        switch (op)
        {
            case "pulse":
            {
                JsonRead.Keys(e, path, ["op", "protocol", "channel", "amplitude", "detuning", "phase", "post_phase_shift"], []);
                var amplitudeJson = e.GetProperty("amplitude");
                var detuningJson = e.GetProperty("detuning");
                var amplitude = waveforms.Read(amplitudeJson, path + ".amplitude");
                var detuning = waveforms.Read(detuningJson, path + ".detuning");
                if (IsZeroConstant(amplitudeJson) && amplitude is ConstantWaveform a)
                {
                    amplitude = new ConstantWaveform(0, a.Value, followsPulse: true);
                }
                else if (IsZeroConstant(detuningJson) && detuning is ConstantWaveform d)
                {
                    detuning = new ConstantWaveform(0, d.Value, followsPulse: true);
                }

                var pulse = new Pulse(amplitude, detuning, expr.Number(e.GetProperty("phase"), path + ".phase"), expr.Number(e.GetProperty("post_phase_shift"), path + ".post_phase_shift"));
                return new PulseOperation(ChannelName("channel"), pulse, Protocol(e, path));
            }

            case "pulse_arbitrary_phase":
            {
                JsonRead.Keys(e, path, ["op", "protocol", "channel", "amplitude", "phase", "post_phase_shift"], []);
                var pulse = Pulse.ArbitraryPhase(
                    waveforms.Read(e.GetProperty("amplitude"), path + ".amplitude"),
                    waveforms.Read(e.GetProperty("phase"), path + ".phase"),
                    expr.Number(e.GetProperty("post_phase_shift"), path + ".post_phase_shift"));
                return new PulseOperation(ChannelName("channel"), pulse, Protocol(e, path));
            }

            case "delay":
                JsonRead.Keys(e, path, ["op", "channel", "time"], ["at_rest"]);
                return new DelayOperation(ChannelName("channel"), expr.Number(e.GetProperty("time"), path + ".time"), AtRest(e, path));
            case "align":
                JsonRead.Keys(e, path, ["op", "channels"], ["at_rest"]);
                var names = JsonRead.Array(e.GetProperty("channels"), path + ".channels").Select(x => JsonRead.String(x.Item, x.Path)).ToList();
                foreach (var n in names.Where(n => channels.All(c => c.Name != n) && !dmmNames.Contains(n)))
                {
                    throw new AbstractReprException(path + ".channels", $"'{n}' is not a declared channel ({string.Join(", ", channels.Select(c => c.Name))})");
                }

                return new AlignOperation(names, AtRest(e, path));
            case "target":
            {
                JsonRead.Keys(e, path, ["op", "channel", "target"], []);
                var target = e.GetProperty("target");
                if (target.ValueKind == JsonValueKind.Object)
                {
                    return new TargetOperation(ChannelName("channel"), []) { Indices = expr.Array(target, path + ".target") };
                }

                var indices = target.ValueKind == JsonValueKind.Array
                    ? JsonRead.Array(target, path + ".target").Select(x => Qubit(x.Item, x.Path, ids)).ToList()
                    : [Qubit(target, path + ".target", ids)];
                return new TargetOperation(ChannelName("channel"), indices);
            }

            case "phase_shift":
            {
                JsonRead.Keys(e, path, ["op", "basis", "targets", "phi"], []);
                var basisText = JsonRead.String(e.GetProperty("basis"), path + ".basis");
                var basis = BasisNames.TryParse(basisText, out var b) ? b : throw new AbstractReprException(path + ".basis", $"'{basisText}' is not a basis (ground-rydberg, digital, XY)");
                var items = JsonRead.Array(e.GetProperty("targets"), path + ".targets").ToList();
                var phi = expr.Number(e.GetProperty("phi"), path + ".phi");
                if (items.Any(x => x.Item.ValueKind != JsonValueKind.Number))
                {
                    return new PhaseShiftOperation(phi, [], basis) { Indices = items.Select(x => expr.Number(x.Item, x.Path)).ToList() };
                }

                return new PhaseShiftOperation(phi, items.Select(x => Qubit(x.Item, x.Path, ids)).ToList(), basis);
            }

            case "enable_eom_mode":
                JsonRead.Keys(e, path, ["op", "channel", "amp_on", "detuning_on", "optimal_detuning_off"], ["correct_phase_drift"]);
                return new EnableEomOperation(
                    ChannelName("channel"),
                    expr.Number(e.GetProperty("amp_on"), path + ".amp_on"),
                    expr.Number(e.GetProperty("detuning_on"), path + ".detuning_on"),
                    expr.Number(e.GetProperty("optimal_detuning_off"), path + ".optimal_detuning_off"),
                    CorrectPhaseDrift(e, path));
            case "modify_eom_setpoint":
                JsonRead.Keys(e, path, ["op", "channel", "amp_on", "detuning_on", "optimal_detuning_off", "correct_phase_drift"], []);
                return new ModifyEomSetpointOperation(
                    ChannelName("channel"),
                    expr.Number(e.GetProperty("amp_on"), path + ".amp_on"),
                    expr.Number(e.GetProperty("detuning_on"), path + ".detuning_on"),
                    expr.Number(e.GetProperty("optimal_detuning_off"), path + ".optimal_detuning_off"),
                    CorrectPhaseDrift(e, path) ?? false);
            case "add_eom_pulse":
                JsonRead.Keys(e, path, ["op", "channel", "duration", "phase", "post_phase_shift", "protocol"], ["correct_phase_drift"]);
                return new EomPulseOperation(
                    ChannelName("channel"),
                    expr.Number(e.GetProperty("duration"), path + ".duration"),
                    expr.Number(e.GetProperty("phase"), path + ".phase"),
                    expr.Number(e.GetProperty("post_phase_shift"), path + ".post_phase_shift"),
                    Protocol(e, path),
                    CorrectPhaseDrift(e, path));
            case "disable_eom_mode":
                JsonRead.Keys(e, path, ["op", "channel"], ["correct_phase_drift"]);
                return new DisableEomOperation(ChannelName("channel"), CorrectPhaseDrift(e, path));
            case "config_detuning_map":
            {
                JsonRead.Keys(e, path, ["op", "detuning_map", "dmm_id"], []);
                var id = JsonRead.String(e.GetProperty("dmm_id"), path + ".dmm_id");
                var mapJson = e.GetProperty("detuning_map");
                JsonRead.Keys(mapJson, path + ".detuning_map", ["traps"], ["slug"]);
                var traps = JsonRead.Array(mapJson.GetProperty("traps"), path + ".detuning_map.traps").Select(t =>
                {
                    JsonRead.Keys(t.Item, t.Path, ["weight", "x", "y"], []);
                    return new WeightedTrap(
                        JsonRead.Number(t.Item.GetProperty("x"), t.Path + ".x"),
                        JsonRead.Number(t.Item.GetProperty("y"), t.Path + ".y"),
                        JsonRead.Number(t.Item.GetProperty("weight"), t.Path + ".weight"));
                }).ToList();
                var slug = mapJson.TryGetProperty("slug", out var sl) ? JsonRead.String(sl, path + ".detuning_map.slug") : null;
                var repeats = dmmNames.Count(n => n == id || n.StartsWith(id + "_", StringComparison.Ordinal));
                dmmNames.Add(repeats == 0 ? id : $"{id}_{repeats}");
                return new ConfigDetuningMapOperation(id, traps, slug);
            }

            case "config_slm_mask":
            {
                JsonRead.Keys(e, path, ["op", "qubits", "dmm_id"], []);
                var id = JsonRead.String(e.GetProperty("dmm_id"), path + ".dmm_id");
                var masked = JsonRead.Array(e.GetProperty("qubits"), path + ".qubits").Select(x =>
                {
                    var q = JsonRead.String(x.Item, x.Path);
                    return ids.Contains(q) ? q : throw new AbstractReprException(x.Path, $"'{q}' is not a qubit id of the register ({string.Join(", ", ids)})");
                }).ToList();
                var repeats = dmmNames.Count(n => n == id || n.StartsWith(id + "_", StringComparison.Ordinal));
                dmmNames.Add(repeats == 0 ? id : $"{id}_{repeats}");
                return new SlmMaskOperation(masked, id);
            }

            case "add_dmm_detuning":
            {
                JsonRead.Keys(e, path, ["op", "waveform", "dmm_name", "protocol"], []);
                var dmm = JsonRead.String(e.GetProperty("dmm_name"), path + ".dmm_name");
                if (!dmmNames.Contains(dmm))
                {
                    throw new AbstractReprException(path + ".dmm_name", $"'{dmm}' is not a configured DMM ({(dmmNames.Count == 0 ? "none" : string.Join(", ", dmmNames))}): call config_detuning_map or config_slm_mask first");
                }

                return new DmmDetuningOperation(dmm, waveforms.Read(e.GetProperty("waveform"), path + ".waveform"), Protocol(e, path));
            }

            default:
                if (Unscheduled.TryGetValue(op, out var keys))
                {
                    JsonRead.Keys(e, path, keys.Required, keys.Optional);
                    if (op is "config_slm_mask" or "config_detuning_map")
                    {
                        // Pulser names a DMM channel after its id, suffixed _1, _2, ... when the id is configured again.
                        var id = JsonRead.String(e.GetProperty("dmm_id"), path + ".dmm_id");
                        var count = dmmNames.Count(n => n == id || n.StartsWith(id + "_", StringComparison.Ordinal));
                        dmmNames.Add(count == 0 ? id : $"{id}_{count}");
                    }

                    return new UnscheduledOperation(op, e.GetRawText());
                }

                throw new AbstractReprException(path + ".op", $"'{op}' is not an operation of Pulser's schema (pulse, pulse_arbitrary_phase, delay, align, target, phase_shift, enable_eom_mode, add_eom_pulse, modify_eom_setpoint, disable_eom_mode, {string.Join(", ", Unscheduled.Keys)})");
        }
    }

    private static bool IsZeroConstant(JsonElement waveform) =>
        waveform.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() == "constant"
        && waveform.TryGetProperty("duration", out var d) && d.ValueKind == JsonValueKind.Number && d.GetDouble() == 0;

    private static bool? CorrectPhaseDrift(JsonElement e, string path) =>
        e.TryGetProperty("correct_phase_drift", out var c) ? JsonRead.Boolean(c, path + ".correct_phase_drift") : null;

    private static bool? AtRest(JsonElement e, string path) =>
        e.TryGetProperty("at_rest", out var a) ? JsonRead.Boolean(a, path + ".at_rest") : null;

    private static Protocol Protocol(JsonElement e, string path) => JsonRead.String(e.GetProperty("protocol"), path + ".protocol") switch
    {
        "min-delay" => Analog.Protocol.MinDelay,
        "no-delay" => Analog.Protocol.NoDelay,
        "wait-for-all" => Analog.Protocol.WaitForAll,
        var other => throw new AbstractReprException(path + ".protocol", $"'{other}' is not a protocol (min-delay, no-delay, wait-for-all)"),
    };

    private static string Qubit(JsonElement e, string path, List<string> ids)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            throw new AbstractReprException(path, $"expected a qubit index (a number), got {JsonRead.Kind(e)}: parametrized targets are not supported");
        }

        var i = JsonRead.Integer(e, path);
        return i >= 0 && i < ids.Count
            ? ids[i]
            : throw new AbstractReprException(path, $"qubit index {i.ToString(CultureInfo.InvariantCulture)} is outside the register (0..{ids.Count - 1})");
    }
}
