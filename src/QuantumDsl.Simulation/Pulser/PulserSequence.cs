using System.Text.Json;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// A Pulser sequence in its JSON abstract representation, read and checked for what the emulator supports
/// (device, register, channels, declared variables); operations are evaluated when a job binds its variables.
/// </summary>
public sealed class PulserSequence
{
    private static readonly HashSet<string> KnownKeys =
    [
        "version", "name", "device", "register", "layout", "channels", "variables", "operations", "measurement",
        "magnetic_field", "slm_mask_targets", "metadata", "pulser_version", "$schema",
    ];

    private PulserSequence(JsonElement root, string name, DeviceModel device, RegisterModel register,
        IReadOnlyDictionary<string, ChannelModel> channels, IReadOnlyList<PulserVariable> variables)
    {
        Root = root;
        Name = name;
        Device = device;
        Register = register;
        Channels = channels;
        Variables = variables;
    }

    /// <summary>The sequence name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>Device name (a catalog name or the embedded device object's <c>name</c>).</summary>
    public string DeviceName => Device.Name;

    /// <summary>Qubit ids in register order (the bitstring order of results).</summary>
    public IReadOnlyList<string> QubitIds => Register.QubitIds;

    /// <summary>Declared variables, each needing a value from the job.</summary>
    public IReadOnlyList<PulserVariable> Variables { get; }

    internal JsonElement Root { get; }

    internal DeviceModel Device { get; }

    internal RegisterModel Register { get; }

    /// <summary>User channel name → channel spec.</summary>
    internal IReadOnlyDictionary<string, ChannelModel> Channels { get; }

    /// <summary>Reads a sequence (as written by Pulser's <c>to_abstract_repr</c> or QuantumDsl).</summary>
    /// <exception cref="PulserSequenceException">The JSON is malformed or uses a construct the emulator does not support.</exception>
    public static PulserSequence Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new PulserSequenceException("$", $"not valid JSON: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
            throw new PulserSequenceException("$", "expected a JSON object");
        foreach (var p in root.EnumerateObject())
        {
            if (!KnownKeys.Contains(p.Name))
                throw new PulserSequenceException(p.Name, "unknown key in a Pulser sequence");
        }
        if (root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && version.GetString() != "1")
            throw new PulserSequenceException("version", $"version '{version.GetString()}' is not supported (expected \"1\")");
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "pulser-exported";

        var device = DeviceResolver.Resolve(Required(root, "device"));
        var register = RegisterModel.Read(root);
        var channels = ReadChannels(Required(root, "channels"), device);
        var variables = ReadVariables(root);
        if (Required(root, "operations").ValueKind != JsonValueKind.Array)
            throw new PulserSequenceException("operations", "expected an array of operations");
        if (root.TryGetProperty("measurement", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() != "ground-rydberg")
            throw new PulserSequenceException("measurement", $"basis '{m.GetString()}' is not supported by the emulator (only 'ground-rydberg')");
        if (root.TryGetProperty("slm_mask_targets", out var slm) && slm.ValueKind == JsonValueKind.Array && slm.GetArrayLength() > 0)
            throw new PulserSequenceException("slm_mask_targets", "an SLM mask is not supported by the emulator");
        return new PulserSequence(root, name, device, register, channels, variables);
    }

    internal static JsonElement Required(JsonElement obj, string key, string? path = null) =>
        obj.TryGetProperty(key, out var v) ? v : throw new PulserSequenceException(path is null ? key : $"{path}.{key}", "required field is missing");

    private static Dictionary<string, ChannelModel> ReadChannels(JsonElement channels, DeviceModel device)
    {
        if (channels.ValueKind != JsonValueKind.Object)
            throw new PulserSequenceException("channels", "expected an object { name: channel id }");
        var result = new Dictionary<string, ChannelModel>();
        foreach (var p in channels.EnumerateObject())
        {
            var id = p.Value.GetString() ?? "";
            if (!device.Channels.TryGetValue(id, out var ch))
                throw new PulserSequenceException($"channels.{p.Name}",
                    $"device '{device.Name}' has no channel '{id}' (channels: {string.Join(", ", device.Channels.Keys)})");
            if (ch.Basis != "ground-rydberg")
                throw new PulserSequenceException($"channels.{p.Name}",
                    $"channel '{id}' (basis '{ch.Basis}') is not supported by the emulator (only 'ground-rydberg' channels)");
            result[p.Name] = ch;
        }
        return result;
    }

    private static List<PulserVariable> ReadVariables(JsonElement root)
    {
        var list = new List<PulserVariable>();
        if (!root.TryGetProperty("variables", out var vars))
            return list;
        if (vars.ValueKind != JsonValueKind.Object)
            throw new PulserSequenceException("variables", "expected an object { name: {type, value} }");
        foreach (var p in vars.EnumerateObject())
        {
            var path = $"variables.{p.Name}";
            var type = p.Value.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type is not ("int" or "float"))
                throw new PulserSequenceException(path + ".type", $"expected 'int' or 'float', got '{type}'");
            var size = p.Value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 1;
            if (size < 1)
                throw new PulserSequenceException(path + ".value", "the declared value array must not be empty (its length is the variable size)");
            list.Add(new PulserVariable(p.Name, type == "int", size));
        }
        return list;
    }
}
