using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>Reads Pulser's waveform objects (every <c>kind</c> of the schema) into the model's waveforms.</summary>
internal sealed class WaveformReader(ExprReader expr)
{
    public const string Kinds = "constant, ramp, blackman, blackman_max, interpolated, kaiser, kaiser_max, composite, custom";

    public Waveform Read(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new AbstractReprException(path, $"expected a waveform object, got {JsonRead.Kind(e)}");
        }

        var kind = JsonRead.String(JsonRead.Get(e, "kind", path), JsonRead.Join(path, "kind"));
        Expr N(string name) => expr.Number(JsonRead.Get(e, name, path), JsonRead.Join(path, name));
        switch (kind)
        {
            case "constant":
                JsonRead.Keys(e, path, ["kind", "duration", "value"], []);
                return new ConstantWaveform(N("duration"), N("value"));
            case "ramp":
                JsonRead.Keys(e, path, ["kind", "duration", "start", "stop"], []);
                return new RampWaveform(N("duration"), N("start"), N("stop"));
            case "blackman":
                JsonRead.Keys(e, path, ["kind", "duration", "area"], []);
                return new BlackmanWaveform(N("duration"), N("area"));
            case "blackman_max":
                JsonRead.Keys(e, path, ["kind", "max_val", "area"], []);
                return new BlackmanMaxWaveform(N("max_val"), N("area"));
            case "kaiser":
                JsonRead.Keys(e, path, ["kind", "duration", "area", "beta"], []);
                return new KaiserWaveform(N("duration"), N("area"), N("beta"));
            case "kaiser_max":
                JsonRead.Keys(e, path, ["kind", "max_val", "area", "beta"], []);
                return new KaiserMaxWaveform(N("max_val"), N("area"), N("beta"));
            case "interpolated":
                JsonRead.Keys(e, path, ["kind", "duration", "values", "times"], []);
                return new InterpolatedWaveform(N("duration"),
                    expr.Array(JsonRead.Get(e, "values", path), JsonRead.Join(path, "values")),
                    expr.Array(JsonRead.Get(e, "times", path), JsonRead.Join(path, "times")));
            case "composite":
                JsonRead.Keys(e, path, ["kind", "waveforms"], []);
                var parts = JsonRead.Array(JsonRead.Get(e, "waveforms", path), JsonRead.Join(path, "waveforms")).Select(x => Read(x.Item, x.Path)).ToList();
                return parts.Count > 0 ? new CompositeWaveform(parts) : throw new AbstractReprException(JsonRead.Join(path, "waveforms"), "is empty: a composite waveform needs at least one waveform");
            case "custom":
                JsonRead.Keys(e, path, ["kind", "samples"], []);
                return new CustomWaveform(JsonRead.Array(JsonRead.Get(e, "samples", path), JsonRead.Join(path, "samples")).Select(x => JsonRead.Number(x.Item, x.Path)).ToList());
            default:
                throw new AbstractReprException(JsonRead.Join(path, "kind"), $"'{kind}' is not a waveform kind ({Kinds})");
        }
    }
}
